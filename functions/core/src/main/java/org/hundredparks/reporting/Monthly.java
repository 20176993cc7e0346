package org.hundredparks.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hundredparks.platform.ClockProducer;

/** Activity by month (China time): items published, cooperations started, bids made; months without any shown as 0. */
final class Monthly {

    /** A line over ten years is already unreadable; dates before that are a typing error, not activity. */
    static final int MONTHS = 120;

    private final TreeMap<YearMonth, int[]> months = new TreeMap<>();

    void published(Instant at) {
        if (at != null) {
            add(YearMonth.from(at.atZone(ClockProducer.CHINA)), 0);
        }
    }

    void cooperation(LocalDate startedOn) {
        if (startedOn != null) {
            add(YearMonth.from(startedOn), 1);
        }
    }

    void bid(Instant at) {
        if (at != null) {
            add(YearMonth.from(at.atZone(ClockProducer.CHINA)), 2);
        }
    }

    private void add(YearMonth month, int column) {
        months.computeIfAbsent(month, m -> new int[3])[column]++;
    }

    /** Months up to the report's day: a date after it is a typing error, and would push the real months out. */
    ReportFigures.Table table(String title, LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        YearMonth until = YearMonth.from(asOf);
        months.tailMap(until, false).clear();
        if (!months.isEmpty()) {
            YearMonth last = months.lastKey();
            YearMonth first = months.firstKey().isBefore(last.minusMonths(MONTHS - 1)) ? last.minusMonths(MONTHS - 1) : months.firstKey();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                int[] counts = months.getOrDefault(m, new int[3]);
                rows.add(List.of(m.toString(), counts[0], counts[1], counts[2]));
            }
        }
        return new ReportFigures.Table(title, List.of("月份", "新发布条目", "新增合作", "新增揭榜"), rows);
    }
}
