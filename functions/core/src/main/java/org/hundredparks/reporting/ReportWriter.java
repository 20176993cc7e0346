package org.hundredparks.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hundredparks.storage.Documents;

/**
 * The report's three files, written with Apache POI: a workbook with one sheet per table (Chinese
 * headers, numbers as numbers), a document with the headings a ministry expects and the same tables,
 * and the figures as JSON.
 */
public final class ReportWriter {

    /** The document's chapters, and which tables each holds. */
    static final List<List<String>> CHAPTERS = List.of(
            List.of("一、行动计划与组织实施", "行动计划", "对接活动", "园区参与情况"),
            List.of("二、三张清单发布与匹配情况", "清单条目（按状态）", "已发布条目（按技术领域）", "已发布条目（按地区）", "发布与匹配"),
            List.of("三、揭榜与合作推进情况", "揭榜（按阶段）", "合作（按类型）", "选派人员（按岗位）", "进展滞后的合作（60天未更新）"),
            List.of("四、合作成效", "合作成效", "中期与总结对比"),
            List.of("五、典型案例", "典型案例"));

    /** A document is read, not searched: long lists show their first rows, the workbook has them all. */
    static final int DOCUMENT_ROWS = 100;

    private ReportWriter() {
    }

    public static byte[] xlsx(ReportFigures figures) {
        // streaming: a national report's sheets hold thousands of rows without holding them all in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportFigures.Table table : figures.tables()) {
                Sheet sheet = workbook.createSheet(sheetName(table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(String.valueOf(value));
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(ReportFigures figures) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            titleRun.setText(figures.scopeLabel() + "“百园百校万企”创新合作行动" + figures.phase().label() + "报告");
            paragraph(document, "统计截至：" + figures.asOf(), false);
            for (List<String> chapter : CHAPTERS) {
                paragraph(document, chapter.get(0), true);
                for (String name : chapter.subList(1, chapter.size())) {
                    figures.tables().stream().filter(t -> t.title().equals(name)).findFirst().ifPresent(table -> {
                        paragraph(document, table.title() + (table.rows().isEmpty() ? "：无" : ""), false);
                        if (!table.rows().isEmpty()) {
                            table(document, table);
                        }
                        if (table.rows().size() > DOCUMENT_ROWS) {
                            paragraph(document, "（共" + table.rows().size() + "行，此处列出前" + DOCUMENT_ROWS + "行；完整数据见 .xlsx 工作簿）", false);
                        }
                    });
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] json(ReportFigures figures) {
        try {
            return Documents.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean heading) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(heading);
        run.setFontSize(heading ? 14 : 11);
        run.setText(text);
    }

    private static void table(XWPFDocument document, ReportFigures.Table table) {
        int rows = Math.min(DOCUMENT_ROWS, table.rows().size());
        XWPFTable out = document.createTable(rows + 1, table.headers().size());
        for (int c = 0; c < table.headers().size(); c++) {
            out.getRow(0).getCell(c).setText(table.headers().get(c));
        }
        for (int r = 0; r < rows; r++) {
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                out.getRow(r + 1).getCell(c).setText(String.valueOf(values.get(c)));
            }
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", "");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
