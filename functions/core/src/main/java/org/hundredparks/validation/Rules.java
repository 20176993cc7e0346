package org.hundredparks.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every violation of one input before failing, so that a form shows all its errors at once.
 * Messages are Chinese (users read them); codes are stable (clients branch on them).
 */
public final class Rules {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private final List<InvalidInputException.Violation> violations = new ArrayList<>();

    public Rules required(String field, String label, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add("REQUIRED", field, label + "不能为空");
        }
        return this;
    }

    public Rules length(String field, String label, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add("TOO_LONG", field, label + "不能超过" + max + "个字符");
        }
        return this;
    }

    public Rules range(String field, String label, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add("OUT_OF_RANGE", field, label + "应在" + min + "到" + max + "之间");
        }
        return this;
    }

    public Rules regionCode(String field, String value) {
        if (value != null && !REGION_CODE.matcher(value).matches()) {
            add("INVALID_REGION_CODE", field, "行政区划代码应为6位数字（GB/T 2260）");
        }
        return this;
    }

    public Rules add(String code, String field, String message) {
        violations.add(new InvalidInputException.Violation(code, field, message));
        return this;
    }

    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
