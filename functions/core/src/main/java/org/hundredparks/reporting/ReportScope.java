package org.hundredparks.reporting;

import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.validation.InvalidInputException;

/**
 * What a report covers: the nation, a province ({@code PROVINCE:44}) or a park ({@code PARK:HTZ-440300-01}).
 * A record belongs to a province by its region code and to a park by its park id.
 */
public record ReportScope(Kind kind, String code) {

    public enum Kind { NATION, PROVINCE, PARK }

    public static ReportScope province(String provinceCode) {
        return new ReportScope(Kind.PROVINCE, provinceCode);
    }

    public static ReportScope parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("REQUIRED", "scope", "请指定范围（NATION、PROVINCE:44 或 PARK:园区编号）");
        }
        if (text.equals("NATION")) {
            return new ReportScope(Kind.NATION, null);
        }
        if (text.matches("PROVINCE:\\d{2}") && ReferenceData.get().provinces().contains(text.substring(9))) {
            return new ReportScope(Kind.PROVINCE, text.substring(9));
        }
        if (text.startsWith("PARK:") && ReferenceData.get().park(text.substring(5)) != null) {
            return new ReportScope(Kind.PARK, text.substring(5));
        }
        throw new InvalidInputException("INVALID_SCOPE", "scope", "范围应为 NATION、PROVINCE:两位省级代码 或 PARK:园区编号");
    }

    public String key() {
        return kind == Kind.NATION ? "NATION" : kind + ":" + code;
    }

    /** The province the scope lies in (two digits), or null for the nation. */
    public String province() {
        return switch (kind) {
            case NATION -> null;
            case PROVINCE -> code;
            case PARK -> ReferenceData.get().park(code).regionCode().substring(0, 2);
        };
    }

    public boolean covers(String regionCode, String parkId) {
        return switch (kind) {
            case NATION -> true;
            case PROVINCE -> regionCode != null && regionCode.startsWith(code);
            case PARK -> code.equals(parkId);
        };
    }

    public boolean coversPark(Park park) {
        return covers(park.regionCode(), park.id());
    }

    /** 全国, 广东省, 深圳市高新技术产业园区. */
    public String label() {
        return switch (kind) {
            case NATION -> "全国";
            case PROVINCE -> ReferenceData.get().regionName(code + "0000");
            case PARK -> ReferenceData.get().park(code).name();
        };
    }
}
