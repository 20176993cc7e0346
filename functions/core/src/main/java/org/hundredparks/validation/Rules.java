package org.hundredparks.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Regions;

/**
 * Collects every violation of one input before failing, so that a form shows all its errors at once.
 * Messages are Chinese (users read them); codes are stable (clients branch on them).
 */
public final class Rules {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
    private static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T](\\d{2}(\\d{1,2})?)?");

    private final List<InvalidInputException.Violation> violations = new ArrayList<>();
    /** Where a stating instance puts each rule it is asked to check; null when the rules are enforced. */
    private final List<Constraint> stated;

    public Rules() {
        this(null);
    }

    private Rules(List<Constraint> stated) {
        this.stated = stated;
    }

    /**
     * Rules that enforce nothing and record each rule a check asks for, whatever the values: how the published
     * contract states the same limits the validation enforces ({@link Constraint#of}).
     */
    static Rules stating(List<Constraint> into) {
        return new Rules(into);
    }

    private boolean states(String field, Constraint.Kind kind, Long min, Long max, String pattern) {
        if (stated == null) {
            return false;
        }
        stated.add(new Constraint(field, kind, min, max, pattern));
        return true;
    }

    public Rules required(String field, String label, Object value) {
        if (states(field, Constraint.Kind.REQUIRED, null, null, null)) {
            return this;
        }
        if (value == null || value instanceof String s && s.isBlank()) {
            add("REQUIRED", field, label + "不能为空");
        }
        return this;
    }

    public Rules length(String field, String label, String value, int max) {
        if (states(field, Constraint.Kind.LENGTH, null, (long) max, null)) {
            return this;
        }
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add("TOO_LONG", field, label + "不能超过" + max + "个字符");
        }
        return this;
    }

    public Rules range(String field, String label, Integer value, int min, int max) {
        if (states(field, Constraint.Kind.RANGE, (long) min, (long) max, null)) {
            return this;
        }
        if (value != null && (value < min || value > max)) {
            add("OUT_OF_RANGE", field, label + "应在" + min + "到" + max + "之间");
        }
        return this;
    }

    public Rules regionCode(String field, String value) {
        if (states(field, Constraint.Kind.PATTERN, null, null, REGION_CODE.pattern())) {
            return this;
        }
        if (value != null && !REGION_CODE.matcher(value).matches()) {
            add("INVALID_REGION_CODE", field, "行政区划代码应为6位数字（GB/T 2260）");
        } else if (value != null && !ReferenceData.get().isRegion(value)) {
            add("UNKNOWN_REGION_CODE", field, "行政区划代码 " + value + " 不存在（GB/T 2260）");
        }
        return this;
    }

    /**
     * A park of the reference list (国家高新区 or 国家大学科技园) that lies in the same province as the record's
     * region: a record is filed under its park's province, so a park elsewhere would put it out of the
     * province's reach.
     */
    public Rules parkId(String field, String value, String regionCode) {
        if (value == null) {
            return this;
        }
        Park park = ReferenceData.get().park(value);
        if (park == null) {
            add("UNKNOWN_PARK", field, "园区编号 " + value + " 不在国家高新区、国家大学科技园名单中");
        } else if (ReferenceData.get().isRegion(regionCode) && !park.regionCode().startsWith(Regions.province(regionCode))) {
            add("PARK_OUTSIDE_REGION", field, park.name() + "不在行政区划 " + regionCode + " 所在省份");
        }
        return this;
    }

    public Rules uscc(String field, String value) {
        if (states(field, Constraint.Kind.PATTERN, null, null, Uscc.PATTERN)) {
            return this;
        }
        if (value != null && !Uscc.isValid(value)) {
            add("INVALID_USCC", field, "统一社会信用代码无效（应为18位，校验位符合 GB 32100-2015）");
        }
        return this;
    }

    public Rules mobile(String field, String value) {
        if (states(field, Constraint.Kind.PATTERN, null, null, MOBILE.pattern())) {
            return this;
        }
        if (value != null && !MOBILE.matcher(value).matches()) {
            add("INVALID_MOBILE", field, "手机号码应为11位数字，以1开头");
        }
        return this;
    }

    public Rules email(String field, String value) {
        if (states(field, Constraint.Kind.PATTERN, null, null, EMAIL.pattern())) {
            return this;
        }
        if (value != null && !EMAIL.matcher(value).matches()) {
            add("INVALID_EMAIL", field, "电子邮箱格式不正确");
        }
        return this;
    }

    /** GB/T 4754-2017: a section letter, optionally its 2-digit division, 3-digit group or 4-digit class. */
    public Rules industryCode(String field, String value) {
        if (states(field, Constraint.Kind.PATTERN, null, null, INDUSTRY_CODE.pattern())) {
            return this;
        }
        if (value != null && !INDUSTRY_CODE.matcher(value).matches()) {
            add("INVALID_INDUSTRY_CODE", field, "国民经济行业代码格式不正确（GB/T 4754-2017，如 C39 或 C3971）");
        } else if (value != null && !ReferenceData.get().isIndustry(value)) {
            add("UNKNOWN_INDUSTRY_CODE", field, "国民经济行业代码 " + value + " 不存在（GB/T 4754-2017）");
        }
        return this;
    }

    public Rules nonNegative(String field, String label, Long value) {
        if (states(field, Constraint.Kind.RANGE, 0L, null, null)) {
            return this;
        }
        if (value != null && value < 0) {
            add("NEGATIVE_AMOUNT", field, label + "不能为负数（单位：元）");
        }
        return this;
    }

    public Rules size(String field, String label, java.util.Collection<?> values, int min, int max) {
        if (states(field, Constraint.Kind.COUNT, (long) min, (long) max, null)) {
            return this;
        }
        int size = values == null ? 0 : values.size();
        if (size < min || size > max) {
            add("BAD_COUNT", field, label + "应有" + min + "到" + max + "项");
        }
        return this;
    }

    /** Each text of a list: not blank, at most {@code max} characters. */
    public Rules texts(String field, String label, java.util.List<String> values, int max) {
        if (stated != null) {
            states(field + "[]", Constraint.Kind.REQUIRED, null, null, null);
            states(field + "[]", Constraint.Kind.LENGTH, null, (long) max, null);
            return this;
        }
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value == null || value.isBlank()) {
                    add("REQUIRED", field + "[" + i + "]", label + "不能为空");
                } else {
                    length(field + "[" + i + "]", label, value, max);
                }
            }
        }
        return this;
    }

    /** A text of a fixed shape; {@code message} says the shape in words. */
    public Rules pattern(String field, String value, Pattern shape, String code, String message) {
        if (states(field, Constraint.Kind.PATTERN, null, null, shape.pattern())) {
            return this;
        }
        if (value != null && !shape.matcher(value).matches()) {
            add(code, field, message);
        }
        return this;
    }

    /** A rule no constraint of the contract can say (one field against another, a reference list): enforced, not stated. */
    public Rules add(String code, String field, String message) {
        if (stated != null) {
            return this;
        }
        violations.add(new InvalidInputException.Violation(code, field, message));
        return this;
    }

    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
