package org.hundredparks.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;

/**
 * Who leads within a scope: the provinces of the nation, the parks of a province (a park's own report has none).
 * Ranked by cooperations, then contract amount, then published items; equal figures share a rank.
 */
final class Ranking {

    /** One row's counters: parks (all, taking part), published items, cooperations, contract amount in yuan. */
    private static final class Counts {
        final String label;
        int parks;
        int parksTakingPart;
        int published;
        int cooperations;
        long amountYuan;

        Counts(String label) {
            this.label = label;
        }
    }

    private final ReportScope scope;
    private final Map<String, Counts> rows = new LinkedHashMap<>();

    Ranking(ReportScope scope) {
        this.scope = scope;
        if (scope.kind() == ReportScope.Kind.NATION) {
            ReferenceData.get().provinces().forEach(p -> rows.put(p, new Counts(FiguresBuilder.region(p + "0000"))));
        }
    }

    void park(Park park, boolean takesPart) {
        Counts counts = switch (scope.kind()) {
            case NATION -> rows.get(park.regionCode().substring(0, 2));
            case PROVINCE -> rows.computeIfAbsent(park.id(), id -> new Counts(park.name()));
            case PARK -> null;
        };
        if (counts != null) {
            counts.parks++;
            counts.parksTakingPart += takesPart ? 1 : 0;
        }
    }

    void published(String regionCode, String parkId) {
        Counts counts = row(regionCode, parkId);
        if (counts != null) {
            counts.published++;
        }
    }

    void cooperation(String regionCode, String parkId) {
        Counts counts = row(regionCode, parkId);
        if (counts != null) {
            counts.cooperations++;
        }
    }

    void amount(String regionCode, String parkId, long yuan) {
        Counts counts = row(regionCode, parkId);
        if (counts != null) {
            counts.amountYuan += yuan;
        }
    }

    private Counts row(String regionCode, String parkId) {
        return switch (scope.kind()) {
            case NATION -> regionCode == null || regionCode.length() < 2 ? null : rows.get(regionCode.substring(0, 2));
            case PROVINCE -> parkId == null ? null : rows.get(parkId); // items of the province outside any park rank nowhere
            case PARK -> null;
        };
    }

    Optional<ReportFigures.Table> table() {
        if (scope.kind() == ReportScope.Kind.PARK) {
            return Optional.empty();
        }
        boolean nation = scope.kind() == ReportScope.Kind.NATION;
        List<Counts> sorted = new ArrayList<>(rows.values());
        Comparator<Counts> order = Comparator.<Counts>comparingInt(c -> -c.cooperations).thenComparingLong(c -> -c.amountYuan)
                .thenComparingInt(c -> -c.published);
        sorted.sort(order);
        List<List<Object>> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Counts c = sorted.get(i);
            if (i == 0 || order.compare(sorted.get(i - 1), c) != 0) {
                rank = i + 1;
            }
            out.add(nation
                    ? List.of(rank, c.label, c.parksTakingPart, c.parks, c.published, c.cooperations, FiguresBuilder.wan(c.amountYuan))
                    : List.of(rank, c.label, c.parksTakingPart > 0 ? "已参与" : "未参与", c.published, c.cooperations,
                            FiguresBuilder.wan(c.amountYuan)));
        }
        return Optional.of(nation
                ? new ReportFigures.Table(FiguresBuilder.PROVINCE_RANKING, List.of("排名", "省份", "参与园区数", "园区数", "已发布条目",
                        "合作数", "合同金额（万元）"), out)
                : new ReportFigures.Table(FiguresBuilder.PARK_RANKING, List.of("排名", "园区", "是否参与行动", "已发布条目", "合作数",
                        "合同金额（万元）"), out));
    }
}
