package org.hundredparks.reporting;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of one evaluation report, as tables with Chinese headers (the workbook's sheets, the
 * document's tables, the JSON) and the headline totals a mid-term and a final report are compared on.
 */
@RegisterForReflection
public record ReportFigures(String scope, String scopeLabel, ReportPhase phase, LocalDate asOf, Map<String, Double> totals,
        List<Table> tables) {

    /** One table: a title, its column headers, and rows of strings and numbers. */
    @RegisterForReflection
    @Schema(name = "ReportTable")
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    public Table table(String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }
}
