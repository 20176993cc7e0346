package org.hundredparks.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a JSON value fits a contract schema: types, required properties, enumerations, patterns, items, nested
 * objects, oneOf/anyOf. Lengths and counts are not checked: a stored record may predate a limit.
 */
final class Conformance {

    private final Contract contract;
    private final Map<String, Pattern> patterns = new HashMap<>();

    Conformance(Contract contract) {
        this.contract = contract;
    }

    List<String> mismatches(JsonNode value, JsonNode schema) {
        List<String> found = new ArrayList<>();
        check(value, schema, "$", found, 0);
        return found;
    }

    private void check(JsonNode value, JsonNode declared, String at, List<String> found, int depth) {
        JsonNode schema = contract.resolve(declared);
        if (schema == null || schema.isMissingNode() || depth > 30) {
            return;
        }
        for (String combined : List.of("oneOf", "anyOf")) {
            if (schema.has(combined)) {
                boolean any = false;
                for (JsonNode option : schema.path(combined)) {
                    List<String> inner = new ArrayList<>();
                    check(value, option, at, inner, depth + 1);
                    any |= inner.isEmpty();
                }
                if (!any) {
                    found.add(at + ": fits none of " + combined);
                }
                return;
            }
        }
        if (value.isNull()) {
            if (!allows(schema, "null")) {
                found.add(at + ": null where the contract has " + schema.path("type"));
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.path("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                found.add(at + ": " + value + " is not one of " + schema.path("enum"));
            }
        }
        if (value.isTextual() && schema.has("pattern")
                && !patterns.computeIfAbsent(schema.path("pattern").asText(), Pattern::compile).matcher(value.asText()).find()) {
            found.add(at + ": \"" + value.asText() + "\" does not match " + schema.path("pattern").asText());
        }
        if (schema.has("type")) {
            String actual = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                    : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
            if (!allows(schema, actual) && !("integer".equals(actual) && allows(schema, "number"))) {
                found.add(at + ": " + actual + " where the contract has " + schema.path("type"));
                return;
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText()) || value.get(required.asText()).isNull()) {
                    found.add(at + "." + required.asText() + ": required, absent");
                }
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    check(value.get(property.getKey()), property.getValue(), at + "." + property.getKey(), found, depth + 1);
                }
            });
            JsonNode additional = schema.path("additionalProperties");
            if (additional.isObject()) {
                value.fields().forEachRemaining(field -> {
                    if (!schema.path("properties").has(field.getKey())) {
                        check(field.getValue(), additional, at + "." + field.getKey(), found, depth + 1);
                    }
                });
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), at + "[" + i + "]", found, depth + 1);
            }
        }
    }

    private static boolean allows(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isMissingNode()) {
            return true;
        }
        if (declared.isArray()) {
            for (JsonNode t : declared) {
                if (t.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.asText().equals(type);
    }
}
