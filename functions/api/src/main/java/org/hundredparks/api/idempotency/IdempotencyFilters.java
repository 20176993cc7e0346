package org.hundredparks.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.api.problem.Problem;
import org.hundredparks.idempotency.IdempotencyStore;
import org.hundredparks.idempotency.IdempotencyStore.Claim;
import org.hundredparks.platform.Hashes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} for every POST: the first request with a key runs and its successful
 * response is kept; a retry with the same key and body gets that response back (marked
 * {@code Idempotent-Replayed: true}) and writes nothing. Keys are per caller.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private final IdempotencyStore store;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public IdempotencyFilters(IdempotencyStore store, CurrentCaller caller, ObjectMapper json) {
        this.store = store;
        this.caller = caller;
        this.json = json;
    }

    private record Claimed(String scope, String key, String requestHash) {
    }

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            return Problem.of(400, "INVALID_IDEMPOTENCY_KEY", HEADER, "Idempotency-Key 应为1到128位字母、数字或 _.:- 字符").toResponse();
        }
        if (caller.get().subject() == null) {
            return null; // the route refuses anonymous callers itself
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = Hashes.sha256(request.getUriInfo().getPath() + "\n" + new String(body, StandardCharsets.UTF_8));
        String scope = caller.get().subject();
        Claim claim = store.claim(scope, key, hash);
        if (claim instanceof Claim.Acquired) {
            request.setProperty(CLAIMED, new Claimed(scope, key, hash));
            return null;
        }
        if (claim instanceof Claim.Replay replay) {
            Response.ResponseBuilder response = Response.status(replay.response().status())
                    .type("application/json")
                    .header("Idempotent-Replayed", "true")
                    .entity(replay.response().body());
            if (replay.response().location() != null) {
                response.header("Location", replay.response().location());
            }
            return response.build();
        }
        if (claim instanceof Claim.InProgress) {
            return Problem.of(409, "IDEMPOTENCY_IN_PROGRESS", HEADER, "相同 Idempotency-Key 的请求正在处理，请稍后重试").toResponse();
        }
        return Problem.of(422, "IDEMPOTENCY_KEY_REUSED", HEADER, "该 Idempotency-Key 已用于内容不同的请求").toResponse();
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            Object entity = response.getEntity();
            String body = entity == null ? "" : entity instanceof String text ? text : json.writeValueAsString(entity);
            String location = response.getHeaderString("Location");
            store.complete(claimed.scope(), claimed.key(), claimed.requestHash(),
                    new IdempotencyStore.StoredResponse(response.getStatus(), body, location));
        } else {
            store.release(claimed.scope(), claimed.key());
        }
    }

}
