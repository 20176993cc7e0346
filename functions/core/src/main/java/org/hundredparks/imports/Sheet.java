package org.hundredparks.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.validation.InvalidInputException;

/**
 * An uploaded spreadsheet as text cells: the header row and the data rows, each with its row number
 * as the user sees it (the header is row 1). Sizes are bounded: the file, the rows, the cells.
 */
public record Sheet(List<String> headers, List<DataRow> rows) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    static final int MAX_CELL = 10_000;

    /** A data row: its number in the sheet and its cells' text ("" for an empty cell). */
    public record DataRow(int number, List<String> cells) {
    }

    public static Sheet read(byte[] content, String fileName) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("FILE_TOO_LARGE", "file", "文件不能超过20MB");
        }
        String name = fileName.toLowerCase();
        if (name.endsWith(".csv")) {
            return csv(decode(content));
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        throw new InvalidInputException("UNSUPPORTED_FILE", "file", "只支持 .xlsx 或 .csv 文件");
    }

    /** UTF-8 (with or without BOM) as exported by most tools; GB18030 as Excel saves CSV on Chinese Windows. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** Record by record, the row limit checked as each is read: ten million short rows stop at the limit, not in memory. */
    private static Sheet csv(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException("EMPTY_FILE", "file", "文件没有表头");
            }
            List<String> headers = records.next().toList().stream().map(String::strip).toList();
            List<DataRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                bound(rows.size());
                rows.add(new DataRow((int) record.getRecordNumber(), record.toList().stream().map(Sheet::cell).toList()));
            }
            return new Sheet(headers, rows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("UNREADABLE_FILE", "file", "CSV 文件无法解析");
        }
    }

    private static Sheet xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new InvalidInputException("EMPTY_FILE", "file", "文件没有表头");
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                headers.add(text(header.getCell(c)).strip());
            }
            List<DataRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.add(cell(text(row.getCell(c))));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                bound(rows.size());
                rows.add(new DataRow(r + 1, cells));
            }
            return new Sheet(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("UNREADABLE_FILE", "file", "Excel 文件无法解析（请使用 .xlsx 格式）");
        }
    }

    /** A cell as a person reads it: dates as ISO dates, whole numbers without ".0". */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String cell(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
    }

    private static void bound(int rowsSoFar) {
        if (rowsSoFar >= MAX_ROWS) {
            throw new InvalidInputException("TOO_MANY_ROWS", "file", "每个文件最多" + MAX_ROWS + "行");
        }
    }

    /** The template as an .xlsx workbook: one sheet, the Chinese headers in bold. */
    public static byte[] xlsxTemplate(Template template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(template.type().name());
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = template.headers();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template as UTF-8 CSV with a BOM, which Excel opens with the right encoding. */
    public static byte[] csvTemplate(Template template) {
        return ("\uFEFF" + String.join(",", template.headers()) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
