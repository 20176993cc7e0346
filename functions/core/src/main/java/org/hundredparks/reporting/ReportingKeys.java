package org.hundredparks.reporting;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/**
 * The keys of evaluation reports and typical cases; others read them through {@link ReportService} and
 * {@link TypicalCaseService}. {@link #LAYOUT} is what docs/data-model.md shows.
 */
final class ReportingKeys {

    static final String REPORT = "REPORT";
    static final String TYPICAL_CASE = "TYPICAL_CASE";
    static final String ALL_TYPICAL_CASES = "TYPICAL_CASE#ALL";

    private ReportingKeys() {
    }

    static String report(String id) {
        return "REPORT#" + id;
    }

    /** The newest ready report of a scope, one item per phase (sort key: the phase). */
    static String latest(String scopeKey) {
        return "REPORT_LATEST#" + scopeKey;
    }

    /** The sort key of a scope's newest report: its phase. */
    static String phase(Object phase) {
        return String.valueOf(phase);
    }

    static String typicalCase(String cooperationId) {
        return "TYPICAL_CASE#" + cooperationId;
    }

    static String nominated(Object nominatedAt, String cooperationId) {
        return nominatedAt + "#" + cooperationId;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("evaluation report", report("<id>"), REPORT,
                    "a report's record (status, progress, its files); the id hashes phase, scope and day, so asking again finds it"),
            RecordLayout.of("newest report of a scope", latest("<scope>"), phase("<MIDTERM|FINAL>"),
                    "the final report's comparison with the mid-term; the reminders' 'report generated' check"),
            RecordLayout.of("typical case (典型案例)", typicalCase("<cooperationId>"), TYPICAL_CASE,
                    "one case per cooperation; every case for the reports and the authorities",
                    in(TableDesign.BY_STATUS, ALL_TYPICAL_CASES, nominated("<nominatedAt>", "<cooperationId>"))));
}
