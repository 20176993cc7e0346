package org.hundredparks.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published contract ({@code openapi/openapi.yaml}) read as the gateway needs it: every operation and
 * whether it requires a token. The gateway's routes are made from this list, so a route added to the API
 * and to the contract is routed without touching the CDK code, and nothing undocumented is reachable.
 */
public record ApiContract(List<Operation> operations) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation; {@code secured} when the contract lists a security requirement for it. */
    public record Operation(String method, String path, boolean secured) {

        /** The HTTP API's route key, e.g. {@code GET /challenges/{id}}. */
        public String routeKey() {
            return method + " " + path;
        }
    }

    public static ApiContract read(Path openapi) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(openapi.toFile());
            JsonNode globalSecurity = root.path("security");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    JsonNode security = op.getValue().has("security") ? op.getValue().get("security") : globalSecurity;
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), security.size() > 0));
                }
            }
            if (operations.isEmpty()) {
                throw new IllegalStateException(openapi + " lists no operations");
            }
            return new ApiContract(List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API contract " + openapi, e);
        }
    }
}
