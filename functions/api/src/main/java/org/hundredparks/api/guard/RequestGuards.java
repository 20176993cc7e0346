package org.hundredparks.api.guard;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hundredparks.api.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request is checked for before a resource sees it, so that no input reaches the storage or the
 * policies unchecked: a body within the limit, path ids of the platform's shape, and a token that lives no longer
 * than the platform issues them and carries the claims its role needs.
 */
public class RequestGuards {

    /** The platform's ids: short and plain (list items, organisations, parks, bids, jobs, people, systems). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
    /** A minute for clocks that disagree. */
    private static final Duration SKEW = Duration.ofMinutes(1);
    /** The claims a token of each role must carry, besides its role. */
    private static final Map<String, List<String>> REQUIRED_CLAIMS = Map.of(
            "MINISTRY", List.of("org", "domain"),
            "PROVINCE_AUTHORITY", List.of("org", "region", "domain"),
            "PARK_ADMIN", List.of("org", "region", "park"),
            "UNIVERSITY", List.of("org", "region"),
            "ENTERPRISE", List.of("org", "region"));

    private final JsonWebToken token;
    private final Clock clock;
    private final long maxBodyBytes;
    private final Duration maxTokenLifetime;

    public RequestGuards(JsonWebToken token, Clock clock,
            @ConfigProperty(name = "hundredparks.api.max-body-bytes", defaultValue = "1048576") long maxBodyBytes,
            @ConfigProperty(name = "hundredparks.signin.access-token-lifetime", defaultValue = "PT15M") Duration maxTokenLifetime) {
        this.token = token;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.maxTokenLifetime = maxTokenLifetime;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Response guard(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null && (!length.matches("\\d{1,12}") || Long.parseLong(length) > maxBodyBytes)) {
            return Problem.of(413, "BODY_TOO_LARGE", null, "请求体过大（上限 " + maxBodyBytes / 1024 + " KB）；批量数据请用导入").toResponse();
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters().entrySet()) {
            if (!parameter.getKey().equals("listType") && parameter.getValue().stream().anyMatch(v -> !ID.matcher(v).matches())) {
                return Problem.of(400, "INVALID_ID", parameter.getKey(), "编号格式不正确（1–128位字母、数字或 _ . : -）").toResponse();
            }
        }
        return token == null || token.getName() == null ? null : tokenProblem();
    }

    /** A token the platform would not have issued: too long a life, issued in the future, or missing a claim its role needs. */
    private Response tokenProblem() {
        long now = clock.instant().getEpochSecond();
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt <= 0 || issuedAt > now + SKEW.toSeconds()
                || token.getExpirationTime() - issuedAt > maxTokenLifetime.plus(SKEW).toSeconds()) {
            return Problem.of(401, "TOKEN_LIFETIME", null, "令牌的签发或有效时间不合规（最长 " + maxTokenLifetime.toMinutes() + " 分钟），请重新登录")
                    .toResponse();
        }
        for (String role : token.getGroups()) {
            for (String claim : REQUIRED_CLAIMS.getOrDefault(role, List.of())) {
                Object value = token.getClaim(claim);
                if (value == null || value.toString().isBlank()) {
                    return Problem.of(403, "MISSING_CLAIM", claim, "令牌缺少角色 " + role + " 所需的声明 " + claim).toResponse();
                }
            }
        }
        return null;
    }
}
