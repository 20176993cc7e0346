package org.hundredparks.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.validation.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An uploaded spreadsheet as text cells: the header row and the data rows, each with its row number
 * as the user sees it (the header is row 1). Sizes are bounded: the file, the rows, the cells.
 */
public record Sheet(List<String> headers, List<DataRow> rows) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    static final int MAX_CELL = 10_000;
    /** More columns than any template has, by far: a header row of a million cells is not a header. */
    static final int MAX_COLUMNS = 200;

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

    /**
     * Streamed with POI's event reader (SAX over the sheet's XML): rows are taken as the parser reaches them and the
     * row limit stops it there, so a workbook of 100 MB of sheet XML is never built in memory as a whole.
     */
    private static Sheet xlsx(byte[] content) {
        // opened from a file, the package reads each part from the zip as it is asked for; opened from a stream, POI
        // would inflate every part into memory first (the sheet XML of 15 MB of .xlsx is several times that)
        Path file = null;
        try {
            file = Files.createTempFile("import-", ".xlsx");
            Files.write(file, content);
        } catch (IOException e) {
            throw new IllegalStateException("no room for the upload in the temporary directory", e);
        }
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("EMPTY_FILE", "file", "文件没有表头");
            }
            Rows rows = new Rows();
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook), rows,
                        new AsPeopleReadIt(), false));
                parser.parse(new InputSource(first));
            }
            if (rows.headers == null) {
                throw new InvalidInputException("EMPTY_FILE", "file", "文件没有表头");
            }
            return new Sheet(rows.headers, rows.data);
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            throw new InvalidInputException("UNREADABLE_FILE", "file", "Excel 文件无法解析（请使用 .xlsx 格式）");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException leftBehind) {
                // /tmp is the function's own and emptied with it
            }
        }
    }

    /** The first sheet's rows as the event reader hands them over: the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> headers;
        private final List<DataRow> data = new ArrayList<>();
        private String[] cells;

        @Override
        public void startRow(int rowNum) {
            cells = new String[headers == null ? 0 : headers.size()];
            java.util.Arrays.fill(cells, "");
            if (headers == null) {
                headers = new ArrayList<>();
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.length == 0) {
                return; // the header row
            }
            List<String> row = List.of(cells);
            if (row.stream().allMatch(String::isEmpty)) {
                return;
            }
            bound(data.size());
            data.add(new DataRow(rowNum + 1, row));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? -1 : new CellReference(reference).getCol();
            if (cells.length == 0) {
                while (headers.size() < column) {
                    headers.add("");
                }
                if (column == headers.size() && headers.size() < MAX_COLUMNS) {
                    headers.add(value == null ? "" : value.strip());
                }
            } else if (column >= 0 && column < cells.length) {
                cells[column] = Sheet.cell(value);
            }
        }
    }

    /** A cell as a person reads it: dates as ISO dates, whole numbers without ".0", other numbers as written. */
    private static final class AsPeopleReadIt extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
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
}
