package org.hundredparks.matching;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.storage.KeyPattern;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.submission.ListItemRepository;
import org.jboss.logging.Logger;

/**
 * Where the matching function sends each committed change. List items and enterprise profiles concern
 * matching (their owners say which keys are theirs); every other record in the table (bids, idempotency keys, matches themselves) does not,
 * and is skipped here so that writing a match never triggers matching again.
 */
@ApplicationScoped
public class ChangeRouter {

    private static final Logger LOG = Logger.getLogger(ChangeRouter.class);

    /**
     * The records matching takes: list items and enterprise profiles. The stream's event source lets only these
     * through (infra's filter, and the local run's), so that the lists matching writes, and every other record, do
     * not wake the function; {@link #route} checks again.
     */
    public static final List<KeyPattern> CONCERNED = List.of(ListItemRepository.RECORD_KEYS, EnterpriseService.PROFILE_KEYS);

    /** Whether a record with these keys is one matching takes. */
    public static boolean concerns(String pk, String sk) {
        return CONCERNED.stream().anyMatch(pattern -> pattern.matches(pk, sk));
    }

    /** Matches the change's item when it concerns matching. */
    public void handle(ItemChange change, MatchingService matching) {
        if (route(change)) {
            matching.apply(change);
        }
    }

    /** @return true when the change concerns matching */
    public boolean route(ItemChange change) {
        String pk = change.keys().string(TableDesign.PK).orElse(null);
        if (pk == null) {
            // not a record of our table: retrying cannot help, so it is skipped rather than failed
            LOG.warnf("change %s has no %s key: skipped", change.sequenceNumber(), TableDesign.PK);
            return false;
        }
        // list items and profiles only: bids share their challenge's partition but have their own sort keys
        if (!concerns(pk, change.keys().string(TableDesign.SK).orElse(null))) {
            return false;
        }
        String type = change.after().or(change::before).flatMap(i -> i.string("type")).orElse("?");
        LOG.infof("change %s %s of %s (%s)", change.sequenceNumber(), change.kind(), pk, type);
        return true;
    }
}
