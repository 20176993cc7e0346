package org.hundredparks.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.InvalidCursorException;
import org.hundredparks.validation.InvalidInputException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves the API as problem+json with a stable code: bad input is never a 500. Unknown
 * failures are logged with their cause and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        InvalidInputException.Violation first = e.violations().get(0);
        return Problem.of(400, first.code(), first.field(), first.message())
                .withErrors(e.violations().stream().map(v -> new Problem.FieldError(v.code(), v.field(), v.message())).toList())
                .toResponse();
    }

    /** Named types too: Quarkus's own mapper for MismatchedInputException would otherwise win. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        boolean syntax = !(e instanceof JsonMappingException) || field == null || field.isEmpty();
        return Problem.of(400, syntax ? "MALFORMED_JSON" : "INVALID_TYPE", syntax ? null : field,
                syntax ? "请求体不是合法的 JSON" : "字段 " + field + " 的类型不正确").toResponse();
    }

    @ServerExceptionMapper
    public Response refused(Refusal e) {
        return Problem.of(e.status(), e.code(), e.field(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e) {
        return Problem.of(400, "INVALID_CURSOR", "cursor", "分页游标无效，请从第一页重新查询").toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConditionFailedException e) {
        return Problem.of(409, "CONFLICT", null, "记录已被修改或已存在，请刷新后重试").toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problem.of(401, "UNAUTHENTICATED", null, "请先登录（缺少或无效的令牌）").toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return Problem.of(401, "UNAUTHENTICATED", null, "令牌无效或已过期，请重新登录").toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "FORBIDDEN", null, "无权执行此操作").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a query or path parameter that does not convert (limit=abc, status=EVIL): the request is wrong, not the path
            return Problem.of(400, "INVALID_PARAMETER", null, "查询参数格式不正确（数字、枚举值或日期）").toResponse();
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, "NOT_FOUND", null, "资源不存在").toResponse();
        }
        if (e instanceof NotAllowedException) {
            return Problem.of(405, "METHOD_NOT_ALLOWED", null, "不支持该请求方法").toResponse();
        }
        if (e instanceof NotSupportedException) {
            return Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", null, "请求体应为 application/json").toResponse();
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.of(500, "INTERNAL", null, "服务器内部错误，请稍后重试").toResponse();
        }
        if (status == 400) {
            return Problem.of(400, "MALFORMED_REQUEST", null, "请求无法解析").toResponse();
        }
        return Problem.of(status, "HTTP_" + status, null, "请求无法处理").toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("request failed", e);
        return Problem.of(500, "INTERNAL", null, "服务器内部错误，请稍后重试").toResponse();
    }
}
