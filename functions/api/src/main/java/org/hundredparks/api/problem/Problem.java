package org.hundredparks.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 problem details, with the platform's extensions: a stable {@code code}, the
 * {@code field} path at fault and, for several faults at once, {@code errors}. {@code detail} is Chinese.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "错误信息（RFC 9457 problem details）")
public record Problem(
        @Schema(description = "问题类型 URI", example = "https://hundred-parks.org/problems/validation") String type,
        @Schema(description = "简短标题", example = "Invalid input") String title,
        @Schema(description = "HTTP 状态码", example = "400") int status,
        @Schema(description = "稳定的错误码，客户端据此分支处理", example = "OUT_OF_RANGE") String code,
        @Schema(description = "出错字段路径", example = "trl") String field,
        @Schema(description = "中文说明", example = "技术就绪度应在1到9之间") String detail,
        @Schema(description = "全部字段错误") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://hundred-parks.org/problems/";

    public record FieldError(String code, String field, String detail) {
    }

    public static Problem of(int status, String code, String field, String detail) {
        return new Problem(TYPE_BASE + code.toLowerCase().replace('_', '-'), Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase(), status, code, field, detail, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, code, field, detail, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
