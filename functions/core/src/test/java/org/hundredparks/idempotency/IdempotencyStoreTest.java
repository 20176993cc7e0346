package org.hundredparks.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import org.hundredparks.idempotency.IdempotencyStore.Claim;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class IdempotencyStoreTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static String table;
    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-09-01T00:00:00Z"));
    private final IdempotencyStore store = new IdempotencyStore(new RecordStore(DYNAMO, table, clock), clock,
            Duration.ofHours(24), Duration.ofMinutes(1));

    @BeforeAll
    static void table() {
        table = TestAws.newTable(DYNAMO, "idempotency");
    }

    @Test
    void aRetryGetsTheFirstResponse() {
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "k1", "hash-a"));
        store.complete("user-1", "k1", "hash-a", new IdempotencyStore.StoredResponse(201, "{\"id\":\"x\"}", "/achievements/x"));
        Claim retry = store.claim("user-1", "k1", "hash-a");
        Claim.Replay replay = assertInstanceOf(Claim.Replay.class, retry);
        assertEquals(201, replay.response().status());
        assertEquals("{\"id\":\"x\"}", replay.response().body());
        assertEquals("/achievements/x", replay.response().location());
    }

    @Test
    void keysArePerCallerAndBoundToTheirRequest() {
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "shared", "hash-a"));
        assertInstanceOf(Claim.Acquired.class, store.claim("user-2", "shared", "hash-a"), "another caller's key");
        assertInstanceOf(Claim.KeyReused.class, store.claim("user-1", "shared", "hash-b"), "same key, other body");
    }

    @Test
    void aRunningRequestBlocksItsRetryUntilItsLockExpires() {
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "slow", "h"));
        assertInstanceOf(Claim.InProgress.class, store.claim("user-1", "slow", "h"));
        clock.advance(Duration.ofMinutes(2)); // the first request died without completing
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "slow", "h"));
    }

    @Test
    void aReleasedKeyRunsAgainAndAnExpiredOneIsForgotten() {
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "failed", "h"));
        store.release("user-1", "failed");
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "failed", "h"));

        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "old", "h"));
        store.complete("user-1", "old", "h", new IdempotencyStore.StoredResponse(200, "{}", null));
        clock.advance(Duration.ofHours(25));
        assertInstanceOf(Claim.Acquired.class, store.claim("user-1", "old", "other-body"));
    }
}
