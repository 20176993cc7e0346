package org.hundredparks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The spreadsheet reader's bounds, on files an attacker or a careless export would send. */
class SheetTest {

    /**
     * Ten million one-character rows (20 MB, within the size limit): refused at the row limit while reading, with
     * the rows read so far, not after every record of the file was held in memory.
     */
    @Test
    void aCsvOfTenMillionShortRowsIsRefusedAtTheRowLimit() {
        StringBuilder csv = new StringBuilder(20_000_100).append("标题\n");
        for (int i = 0; i < 10_000_000; i++) {
            csv.append("x\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Sheet.read(content, "成果.csv"));
        assertEquals("TOO_MANY_ROWS", refused.violations().get(0).code());
    }

    /** Streamed: a workbook past the row limit stops at the limit, read row by row (SXSSF writes it the same way). */
    @Test
    void anXlsxPastTheRowLimitIsRefusedAtTheLimit() throws Exception {
        byte[] content;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("标题");
            for (int r = 1; r <= Sheet.MAX_ROWS + 5; r++) {
                sheet.createRow(r).createCell(0).setCellValue("成果" + r);
            }
            workbook.write(out);
            content = out.toByteArray();
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Sheet.read(content, "成果.xlsx"));
        assertEquals("TOO_MANY_ROWS", refused.violations().get(0).code());
    }

    /** Cells as a person reads them in Excel: dates as ISO dates, whole numbers without ".0", gaps as empty cells. */
    @Test
    void anXlsxIsReadAsAPersonReadsIt() throws Exception {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (String[] h : new String[][] {{"0", "标题"}, {"1", "年份"}, {"2", "金额"}, {"3", "日期"}, {"4", "备注"}}) {
                header.createCell(Integer.parseInt(h[0])).setCellValue(h[1]);
            }
            var row = sheet.createRow(2); // row 3 as the user sees it; row 2 left empty
            row.createCell(0).setCellValue("钠电正极");
            row.createCell(1).setCellValue(2024.0);
            row.createCell(2).setCellValue(12.5);
            var date = row.createCell(3);
            date.setCellValue(java.time.LocalDate.parse("2024-09-01"));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            workbook.write(out);
            content = out.toByteArray();
        }
        Sheet sheet = Sheet.read(content, "成果.xlsx");
        assertEquals(java.util.List.of("标题", "年份", "金额", "日期", "备注"), sheet.headers());
        assertEquals(1, sheet.rows().size());
        assertEquals(3, sheet.rows().get(0).number());
        assertEquals(java.util.List.of("钠电正极", "2024", "12.5", "2024-09-01", ""), sheet.rows().get(0).cells());
        assertEquals("UNREADABLE_FILE", assertThrows(InvalidInputException.class,
                () -> Sheet.read("not a workbook".getBytes(StandardCharsets.UTF_8), "成果.xlsx")).violations().get(0).code());
    }

    @Test
    void aCsvWithinTheLimitIsReadWithItsRowNumbers() {
        Sheet sheet = Sheet.read("标题,年份\n甲,2024\n\n乙,2025\n".getBytes(StandardCharsets.UTF_8), "成果.csv");
        assertEquals(java.util.List.of("标题", "年份"), sheet.headers());
        assertEquals(2, sheet.rows().size());
        assertEquals("乙", sheet.rows().get(1).cells().get(0));
    }
}
