package org.hundredparks.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.ListItem;

/**
 * Everything a report is computed from, read once: each kind of record from its own index partition
 * (never a scan, never a query per statistic). {@code matched} holds the ids of items whose last
 * matching found candidates; {@code outcomes} pairs each outcome with its cooperation's id.
 */
public record ReportInput(List<ListItem> items, List<ActionPlan> plans, List<Cooperation> cooperations,
        List<Map.Entry<String, Outcome>> outcomes, List<Bid> bids, Set<String> matched, List<TypicalCase> typicalCases) {
}
