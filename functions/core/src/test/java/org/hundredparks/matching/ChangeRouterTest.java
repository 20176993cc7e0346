package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.storage.Item;
import org.junit.jupiter.api.Test;

class ChangeRouterTest {

    private final ChangeRouter router = new ChangeRouter();

    private static ItemChange change(String pk, String sk) {
        Item keys = Item.of(pk, sk);
        return new ItemChange(ItemChange.Kind.INSERT, "1", keys, Optional.empty(), Optional.of(keys));
    }

    @Test
    void onlyListItemsConcernMatching() {
        assertTrue(router.route(change("ITEM#chl_1", "ITEM")));
        assertFalse(router.route(change("ITEM#chl_1", "BID#bid_1")), "a bid lives in its challenge's partition");
        assertFalse(router.route(change("MATCH#chl_1", "ach_2")), "writing matches must not trigger matching");
        assertFalse(router.route(change("IDEMPOTENCY#u#k", "IDEMPOTENCY")));
        assertFalse(router.route(new ItemChange(ItemChange.Kind.INSERT, "2", Item.from(java.util.Map.of()),
                Optional.empty(), Optional.empty())), "a record of another table");
    }
}
