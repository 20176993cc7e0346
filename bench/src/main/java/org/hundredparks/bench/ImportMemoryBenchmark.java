package org.hundredparks.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hundredparks.imports.Sheet;
import org.hundredparks.validation.InvalidInputException;

/**
 * The import worker's reading of hostile uploads within the size limit, in a heap of 256 MB (run with -Xmx256m):
 * a CSV of ten million short rows (20 MB) and an .xlsx of about 15 MB whose sheet XML is many times larger. Prints
 * each file's size, the outcome, the time and the peak heap while reading (the file's own bytes included).
 */
public final class ImportMemoryBenchmark {

    private ImportMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| file | size | outcome | time | peak heap |");
        System.out.println("|---|---|---|---|---|");
        measure("CSV, ten million one-character rows", csv(), "成果.csv");
        measure(".xlsx, 80,000 rows of 14 columns of random text", workbook(), "成果.xlsx");
    }

    /** Made in a method of its own, so that only the file's bytes are left when the reading is measured. */
    private static byte[] csv() {
        StringBuilder csv = new StringBuilder(20_000_100).append("成果名称\n");
        for (int i = 0; i < 10_000_000; i++) {
            csv.append("x\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** About 15 MB: random text compresses little, so the rows stop there; its sheet XML is several times larger. */
    private static byte[] workbook() throws Exception {
        Random random = new Random(42);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int c = 0; c < 14; c++) {
                header.createCell(c).setCellValue("列" + c);
            }
            for (int r = 1; r <= 80_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 14; c++) {
                    row.createCell(c).setCellValue(Long.toString(random.nextLong(), 36));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void measure(String what, byte[] content, String name) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long started = System.nanoTime();
        String outcome;
        try {
            Sheet sheet = Sheet.read(content, name);
            outcome = "read, " + sheet.rows().size() + " rows";
        } catch (InvalidInputException refused) {
            outcome = "refused: " + refused.violations().get(0).code();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("| %s | %.1f MB | %s | %d ms | %d MB |%n", what, content.length / 1e6, outcome, millis, peak / (1024 * 1024));
    }
}
