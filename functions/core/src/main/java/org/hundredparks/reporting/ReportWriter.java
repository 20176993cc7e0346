package org.hundredparks.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hundredparks.storage.Documents;

/**
 * The report's three files, written with Apache POI: a workbook with one sheet per table (Chinese headers, numbers as
 * numbers) and the charts beside their tables, a document that opens with the headline and the findings, then the
 * chapters a ministry expects, then the long lists as appendices, and the figures as JSON.
 */
public final class ReportWriter {

    /**
     * The document's chapters, and which tables each holds. 园区参与情况 (every park) and 已发布条目（按地区） are in the
     * workbook only: the document's ranking and the appendix of parks not taking part say what they would.
     */
    static final List<List<String>> CHAPTERS = List.of(
            List.of("一、总体情况", FiguresBuilder.HEADLINE, FiguresBuilder.FUNNEL, FiguresBuilder.PROVINCE_RANKING,
                    FiguresBuilder.PARK_RANKING, "中期与总结对比"),
            List.of("二、" + Findings.TITLE, Findings.TITLE),
            List.of("三、三张清单发布与匹配情况", "清单条目（按状态）", "发布与匹配", FieldTables.INDUSTRIES, FieldTables.DISCIPLINES,
                    FiguresBuilder.MONTHLY),
            List.of("四、揭榜与合作推进情况", "揭榜（按阶段）", "合作（按类型）", "选派人员（按岗位）"),
            List.of("五、合作成效", "合作成效"),
            List.of("六、典型案例", "典型案例"),
            List.of("附录", Findings.NO_PLAN.appendix(), Findings.PARKS_OUT.appendix(), "进展滞后的合作", Findings.UNANSWERED.appendix(),
                    FieldTables.MAPPING, "行动计划", "对接活动"));

    /** A document is read, not searched: long lists show their first rows, the workbook has them all. */
    static final int DOCUMENT_ROWS = 100;

    private static final int CHART_WIDTH = 16 * Units.EMU_PER_CENTIMETER;
    private static final int CHART_HEIGHT = 8 * Units.EMU_PER_CENTIMETER;

    private ReportWriter() {
    }

    public static byte[] xlsx(ReportFigures figures) {
        // the charted tables are small and go in an ordinary workbook (charts need its drawing layer); the rest is
        // streamed: a national report's sheets hold thousands of rows without holding them all in memory
        XSSFWorkbook charted = new XSSFWorkbook();
        for (ReportFigures.Table table : figures.tables()) {
            ReportCharts.of(table).ifPresent(chart -> {
                XSSFSheet sheet = charted.createSheet(sheetName(table.title()));
                fill(sheet, table);
                XSSFDrawing drawing = sheet.createDrawingPatriarch();
                int right = table.headers().size() + 1;
                XSSFChart out = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, right, 0, right + 10, 20));
                ReportCharts.plot(out, chart, table, cellSources(sheet, table.rows().size()));
            });
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(charted, 200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportFigures.Table table : figures.tables()) {
                if (workbook.getSheet(sheetName(table.title())) == null) {
                    fill(workbook.createSheet(sheetName(table.title())), table);
                }
            }
            for (int i = 0; i < figures.tables().size(); i++) {
                workbook.setSheetOrder(sheetName(figures.tables().get(i).title()), i);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, ReportFigures.Table table) {
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

    /** A workbook chart reads the table's own cells. */
    private static ReportCharts.Sources cellSources(XSSFSheet sheet, int points) {
        return new ReportCharts.Sources() {
            @Override
            public XDDFDataSource<String> categories(int column, String[] values) {
                return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, points, column, column));
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int column, Double[] values) {
                return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, points, column, column));
            }

            @Override
            public void name(XDDFChartData.Series series, int column, String name) {
                series.setTitle(name, new CellReference(sheet.getSheetName(), 0, column, true, true));
            }
        };
    }

    /** A document chart carries its points in its own embedded sheet, which POI fills when it plots. */
    private static ReportCharts.Sources embeddedSources(XWPFChart chart, int points) {
        return new ReportCharts.Sources() {
            @Override
            public XDDFDataSource<String> categories(int column, String[] values) {
                return XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, points, column, column)), column);
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int column, Double[] values) {
                return XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, points, column, column)), column);
            }

            @Override
            public void name(XDDFChartData.Series series, int column, String name) {
                series.setTitle(name, chart.setSheetTitle(name, column));
            }
        };
    }

    public static byte[] docx(ReportFigures figures) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            String phase = figures.phase() == null ? "统计" : figures.phase().label();
            titleRun.setText(figures.scopeLabel() + "“百园百校万企”创新合作行动" + phase + "报告");
            paragraph(document, "范围：" + figures.scopeLabel() + "    统计截至：" + figures.asOf(), false);
            int appendix = 0;
            for (List<String> chapter : CHAPTERS) {
                paragraph(document, chapter.get(0), true);
                boolean appendices = chapter.get(0).equals("附录");
                for (String name : chapter.subList(1, chapter.size())) {
                    for (ReportFigures.Table table : figures.tables()) {
                        if (table.title().equals(name)) {
                            String heading = appendices ? "附录" + CHINESE_NUMBERS[appendix++] + "　" + table.title() : table.title();
                            section(document, heading, table);
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the report document could not be written", e);
        }
    }

    private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private static void section(XWPFDocument document, String heading, ReportFigures.Table table) throws IOException, InvalidFormatException {
        paragraph(document, heading + (table.rows().isEmpty() ? "：无" : ""), false);
        if (table.rows().isEmpty()) {
            return;
        }
        table(document, table);
        if (table.rows().size() > DOCUMENT_ROWS) {
            paragraph(document, "（共" + table.rows().size() + "行，此处列出前" + DOCUMENT_ROWS + "行；完整数据见 .xlsx 工作簿）", false);
        }
        Optional<ReportCharts.Chart> chart = ReportCharts.of(table);
        if (chart.isPresent()) {
            XWPFChart out = document.createChart(document.createParagraph().createRun(), CHART_WIDTH, CHART_HEIGHT);
            ReportCharts.plot(out, chart.get(), table, embeddedSources(out, table.rows().size()));
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
