package org.hundredparks.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hundredparks.submission.ListType;
import org.junit.jupiter.api.Test;

/**
 * The .xlsx templates are made here, at build time, with POI, so that the API serves files instead of carrying POI.
 * The test fails when a committed file no longer holds its list's columns; {@code mvn test -pl functions/core
 * -Dtest=TemplateFilesTest -Dhundredparks.docs.write=true} rewrites them.
 */
class TemplateFilesTest {

    static final Path SOURCE = Path.of("src/main/resources");
    static final int COLUMN_WIDTH = 16 * 256;

    @Test
    void eachListsTemplateHoldsItsColumnsInBoldOnOneSheet() throws IOException {
        boolean write = Boolean.getBoolean("hundredparks.docs.write");
        List<String> wrong = new ArrayList<>();
        for (ListType type : ListType.values()) {
            Template template = Template.of(type);
            Path file = SOURCE.resolve(TemplateFiles.xlsxResource(template));
            if (write && !(Files.isRegularFile(file) && problems(template, Files.readAllBytes(file)).isEmpty())) {
                Files.createDirectories(file.getParent());
                Files.write(file, workbook(template));
            }
            if (!Files.isRegularFile(file)) {
                wrong.add(file + " is missing");
                continue;
            }
            problems(template, Files.readAllBytes(file)).forEach(problem -> wrong.add(file + ": " + problem));
        }
        assertEquals(List.of(), wrong, "rewrite the templates with -Dhundredparks.docs.write=true");
    }

    @Test
    void noTemplateOfAnOldVersionIsLeftBehind() throws IOException {
        Set<String> expected = Stream.of(ListType.values()).map(type -> TemplateFiles.xlsxResource(Template.of(type)))
                .map(resource -> Path.of(resource).getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(SOURCE.resolve("imports/templates"))) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void theServedFilesAreTheCommittedOnesAndTheCsvHasTheSameHeaders() throws IOException {
        // while rewriting, the classpath still holds the files as they were before this run
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("hundredparks.docs.write"));
        for (ListType type : ListType.values()) {
            Template template = Template.of(type);
            assertArrayEquals(Files.readAllBytes(SOURCE.resolve(TemplateFiles.xlsxResource(template))), TemplateFiles.xlsx(type));
            String csv = new String(TemplateFiles.csv(type), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("\uFEFF" + String.join(",", template.headers()) + "\n", csv);
        }
    }

    /** What is wrong with a template file: empty when it has one sheet, named for the list, with the headers in bold. */
    static List<String> problems(Template template, byte[] file) throws IOException {
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() != 1) {
                problems.add(workbook.getNumberOfSheets() + " sheets");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (!template.type().name().equals(sheet.getSheetName())) {
                problems.add("sheet " + sheet.getSheetName());
            }
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                headers.add(cell == null ? "" : cell.getStringCellValue());
                if (cell != null && !workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
                    problems.add("header " + c + " not bold");
                }
                if (sheet.getColumnWidth(c) != COLUMN_WIDTH) {
                    problems.add("column " + c + " width " + sheet.getColumnWidth(c));
                }
            }
            if (!template.headers().equals(headers)) {
                problems.add("headers " + headers + ", the columns say " + template.headers());
            }
            if (sheet.getLastRowNum() != 0) {
                problems.add("rows below the headers");
            }
        }
        return problems;
    }

    /** The template as an .xlsx workbook: one sheet, the Chinese headers in bold, columns wide enough to read them. */
    static byte[] workbook(Template template) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(template.type().name());
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
                sheet.setColumnWidth(c, COLUMN_WIDTH);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTemplateWithOtherHeadersIsFound() throws IOException {
        Template achievements = Template.of(ListType.ACHIEVEMENT);
        Template challenges = Template.of(ListType.CHALLENGE);
        assertTrue(problems(achievements, workbook(achievements)).isEmpty());
        assertTrue(problems(achievements, workbook(challenges)).stream().anyMatch(p -> p.startsWith("headers")));
    }
}
