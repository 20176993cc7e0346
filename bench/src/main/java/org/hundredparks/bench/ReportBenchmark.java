package org.hundredparks.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.hundredparks.reporting.FiguresBuilder;
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportInput;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportScope;
import org.hundredparks.reporting.ReportWriter;

/**
 * A national final report over generated records: 100,000 list items plus plans, cooperations,
 * outcomes, bids and typical cases. Times computing the figures and writing the three files (the part
 * after the records are read), and the heap held. Run: {@code bench/benchmark-reports.sh [items]}.
 */
public final class ReportBenchmark {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ReportInput input = ReportCorpus.generate(size);
        List<?> items = input.items();
        List<?> cooperations = input.cooperations();
        List<?> outcomes = input.outcomes();
        List<?> bids = input.bids();
        List<?> plans = input.plans();
        List<?> cases = input.typicalCases();
        long held = usedHeapAfterGc();

        long[] times = new long[5];
        long[][] parts = new long[4][5];
        int xlsxBytes = 0;
        int docxBytes = 0;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            ReportFigures figures = FiguresBuilder.build(new ReportScope(ReportScope.Kind.NATION, null), ReportPhase.FINAL,
                    LocalDate.parse("2025-06-20"), input, null, 60);
            long t1 = System.nanoTime();
            xlsxBytes = ReportWriter.xlsx(figures).length;
            long t2 = System.nanoTime();
            docxBytes = ReportWriter.docx(figures).length;
            long t3 = System.nanoTime();
            ReportWriter.json(figures);
            long t4 = System.nanoTime();
            times[run] = t4 - start;
            parts[0][run] = t1 - start;
            parts[1][run] = t2 - t1;
            parts[2][run] = t3 - t2;
            parts[3][run] = t4 - t3;
        }
        for (long[] part : parts) {
            java.util.Arrays.sort(part);
        }
        java.util.Arrays.sort(times);
        System.out.printf("""
                | measure | national final report |
                |---|---|
                | records | %,d list items, %,d cooperations, %,d outcomes, %,d bids, %d plans, %d typical cases |
                | figures + .xlsx + .docx + .json, median of 5 (first run %.2f s) | %.2f s |
                | heap held by the records after GC (before the report) | %d MB |
                | peak heap used during the runs | %d MB |
                | file sizes | .xlsx %d KB, .docx %d KB |
                | of which (medians): figures / .xlsx / .docx / .json | %.2f s / %.2f s / %.2f s / %.2f s |
                """, items.size(), cooperations.size(), outcomes.size(), bids.size(), plans.size(), cases.size(),
                times[times.length - 1] / 1e9, times[2] / 1e9, held / 1_000_000, peakHeap() / 1_000_000, xlsxBytes / 1000,
                docxBytes / 1000, parts[0][2] / 1e9, parts[1][2] / 1e9, parts[2][2] / 1e9, parts[3][2] / 1e9);
        System.out.println("JVM: " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
