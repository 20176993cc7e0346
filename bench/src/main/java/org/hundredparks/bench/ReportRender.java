package org.hundredparks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hundredparks.reporting.FiguresBuilder;
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportScope;
import org.hundredparks.reporting.ReportWriter;

/**
 * Writes a report over the generated records to files, for a person to look at: {@code bench/render-report.sh}
 * turns the document into PDF pages. Args: items, scope (NATION, PROVINCE:44, PARK:…), output directory.
 */
public final class ReportRender {

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        ReportScope scope = ReportScope.parse(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        ReportFigures figures = FiguresBuilder.build(scope, ReportPhase.MIDTERM, LocalDate.parse("2025-06-20"), ReportCorpus.generate(size),
                null, 60);
        String name = "report-" + scope.key().replace(':', '-');
        Files.write(out.resolve(name + ".docx"), ReportWriter.docx(figures));
        Files.write(out.resolve(name + ".xlsx"), ReportWriter.xlsx(figures));
        System.out.println(out.resolve(name + ".docx"));
    }
}
