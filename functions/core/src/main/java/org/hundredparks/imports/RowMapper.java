package org.hundredparks.imports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;

/**
 * Turns one sheet row into a list's fields: each cell read by its column's kind, then the list's own
 * rules. Every fault becomes a row error naming the column as the sheet shows it.
 */
final class RowMapper {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String LIST_SEPARATORS = "[；;、\\n]";
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final Template template;
    private final Map<String, Integer> positions = new HashMap<>();

    RowMapper(Template template, List<String> headers) {
        this.template = template;
        for (int i = 0; i < headers.size(); i++) {
            positions.put(headers.get(i), i);
        }
        List<String> missing = template.headers().stream().filter(h -> !positions.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("MISSING_COLUMNS", "file", "缺少模板列：" + String.join("、", missing) + "（请使用最新模板）");
        }
    }

    Template template() {
        return template;
    }

    /** The row's fields, or its errors (never both). */
    record Mapped(ListItemFields fields, List<RowError> errors) {
    }

    Mapped map(Sheet.DataRow row) {
        List<RowError> errors = new ArrayList<>();
        ObjectNode object = JSON.createObjectNode();
        for (Column column : template.columns()) {
            int position = positions.get(column.header());
            String cell = position < row.cells().size() ? row.cells().get(position) : "";
            if (!cell.isEmpty()) {
                JsonNode value = read(column, cell, row.number(), errors);
                if (value != null) {
                    put(object, column.path(), value);
                }
            }
        }
        if (!object.hasNonNull("externalId")) {
            errors.add(new RowError(row.number(), "外部编号", "REQUIRED", "导入的每一行都须填写外部编号（用于重复导入时识别）"));
        }
        if (!errors.isEmpty()) {
            return new Mapped(null, errors);
        }
        ListItemFields fields = JSON.convertValue(object, template.type().fieldsType());
        Rules rules = new Rules();
        fields.check(rules);
        try {
            rules.check();
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> errors.add(new RowError(row.number(), template.headerOf(v.field()), v.code(), v.message())));
            return new Mapped(null, errors);
        }
        return new Mapped(fields, List.of());
    }

    private static JsonNode read(Column column, String cell, int row, List<RowError> errors) {
        switch (column.kind()) {
            case TEXT -> {
                return JSON.getNodeFactory().textNode(cell);
            }
            case INTEGER, MONEY -> {
                String digits = column.kind() == Column.Kind.MONEY ? cell.replace(",", "").replace("，", "") : cell;
                if (!digits.matches("-?\\d{1,15}")) {
                    errors.add(new RowError(row, column.header(), "INVALID_NUMBER",
                            column.kind() == Column.Kind.MONEY ? "金额应为整数（单位：元）" : "应为整数"));
                    return null;
                }
                return JSON.getNodeFactory().numberNode(Long.parseLong(digits));
            }
            case DATE -> {
                for (DateTimeFormatter format : DATES) {
                    try {
                        return JSON.getNodeFactory().textNode(LocalDate.parse(cell, format).toString());
                    } catch (DateTimeParseException next) {
                        // try the next way people write dates
                    }
                }
                errors.add(new RowError(row, column.header(), "INVALID_DATE", "日期格式应为 2025-06-30"));
                return null;
            }
            case TEXT_LIST -> {
                ArrayNode list = JSON.createArrayNode();
                for (String part : cell.split(LIST_SEPARATORS)) {
                    if (!part.isBlank()) {
                        list.add(part.strip());
                    }
                }
                return list;
            }
            case ENUM, ENUM_LIST -> {
                ArrayNode list = JSON.createArrayNode();
                for (String part : cell.split(LIST_SEPARATORS)) {
                    if (part.isBlank()) {
                        continue;
                    }
                    String code = column.labels().get(part.strip());
                    if (code == null) {
                        errors.add(new RowError(row, column.header(), "UNKNOWN_VALUE",
                                "“" + part.strip() + "”不是可选值（" + String.join("、", column.labels().keySet()) + "）"));
                        return null;
                    }
                    list.add(code);
                }
                return column.kind() == Column.Kind.ENUM ? (list.isEmpty() ? null : list.get(0)) : list;
            }
            default -> throw new IllegalStateException(column.kind().name());
        }
    }

    private static void put(ObjectNode object, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            object.set(path, value);
        } else {
            put(object.with(path.substring(0, dot)), path.substring(dot + 1), value);
        }
    }
}
