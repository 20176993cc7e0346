package org.hundredparks.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published contract as the fuzzer reads it: its operations, their parameters, bodies and answers. */
public final class Contract {

    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation; {@code bodyType} is null when it takes no body. */
    public record Operation(String method, String path, boolean secured, List<Parameter> parameters, String bodyType,
            JsonNode bodySchema, Map<String, JsonNode> responses) {

        public String name() {
            return method + " " + path;
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    public Contract(Path yaml) throws IOException {
        root = new YAMLMapper().readTree(yaml.toFile());
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("schema"), p.path("required").asBoolean(false) || "path".equals(p.path("in").asText()))));
            String bodyType = null;
            JsonNode bodySchema = null;
            var content = operation.path("requestBody").path("content").fields();
            if (content.hasNext()) {
                var first = content.next();
                bodyType = first.getKey();
                bodySchema = first.getValue().path("schema");
            }
            Map<String, JsonNode> responses = new LinkedHashMap<>();
            operation.path("responses").fields().forEachRemaining(r -> responses.put(r.getKey(), r.getValue()));
            boolean secured = operation.has("security") && !operation.path("security").isEmpty();
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), secured, List.copyOf(parameters), bodyType,
                    bodySchema, responses));
        }));
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the component its {@code $ref} names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current != null && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
