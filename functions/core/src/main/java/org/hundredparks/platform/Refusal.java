package org.hundredparks.platform;

/**
 * A request the platform refuses (any feature: lists, bids, cooperations, plans, reports, reminders), with
 * the HTTP status it maps to, a stable code, the field it concerns and a Chinese message. Unknown and
 * invisible records are the same 404, so that ids of drafts do not leak.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    public Refusal(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static Refusal notFound() {
        return new Refusal(404, "NOT_FOUND", "id", "条目不存在");
    }

    public static Refusal forbidden(String code) {
        return new Refusal(403, code, switch (code) {
            case "OTHER_REGION" -> "regionCode";
            case "OTHER_PARK" -> "parkId";
            default -> null;
        }, switch (code) {
            case "OTHER_REGION" -> "只能提交或修改本地区的条目";
            case "OTHER_PARK" -> "只能提交本园区的条目";
            default -> "无权执行此操作";
        });
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
