package org.hundredparks.local.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JSON values for contract schemas: valid ones (required properties always, optional ones at random, lengths and
 * numbers now and then at their limits) and hostile ones (one rule broken: a required property dropped or null, a
 * property of the wrong type, one too many characters or items, a number past its range, an unknown property, odd
 * Unicode, a huge text).
 */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String HAN = "技术成果转化合作园区高校企业揭榜挂帅人才需求新能源材料智能制造生物医药集成电路检测";
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Texts that break parsers, normalisers and storage rather than rules. */
    static final List<String> ODD_TEXTS = List.of("\u0000", "\u202Eevil", "😀".repeat(50), "e\u0301".repeat(500), "\uFEFF",
            "' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd", "%00", "${jndi:ldap://x}", " ", "\t\n", "null",
            "\uD83D", "\\u0000", "a".repeat(3000), "成".repeat(70_000));

    private final Random random;
    private final Contract contract;
    private final Map<String, List<String>> known;

    /** {@code known}: values worth using for properties of that name (park ids, ids seen in answers). */
    Values(Random random, Contract contract, Map<String, List<String>> known) {
        this.random = random;
        this.contract = contract;
        this.known = known;
    }

    JsonNode valid(JsonNode declared, String name, int depth) {
        JsonNode schema = contract.resolve(declared);
        if (schema == null || depth > 6) {
            return JSON.nullNode();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            return valid(options.get(random.nextInt(options.size())), name, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> JSON.numberNode(integer(schema) + 0.5);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(text(schema, name));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
                object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
            }
        });
        return object;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int size = min + random.nextInt(Math.max(1, max - min + 1));
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < size; i++) {
            JsonNode item = valid(schema.path("items"), name, depth + 1);
            if (!schema.path("uniqueItems").asBoolean(false) || !contains(array, item)) {
                array.add(item);
            }
        }
        return array;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode present : array) {
            if (present.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 1000;
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * (max - min));
        };
    }

    String text(JsonNode schema, String name) {
        List<String> candidates = known.get(name);
        if (candidates != null && !candidates.isEmpty() && random.nextInt(4) > 0) {
            return candidates.get(random.nextInt(candidates.size()));
        }
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return LocalDate.now().plusDays(random.nextInt(400) - 30).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().minusSeconds(random.nextInt(86_400)).toString();
        }
        String pattern = schema.path("pattern").asText("");
        if (!pattern.isEmpty()) {
            return matching(pattern);
        }
        if ((name.equals("name") || name.equals("cooperationName")) && random.nextBoolean()) {
            return "“百园百校万企”创新合作行动——" + words(2 + random.nextInt(8));
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(40);
        int length = random.nextInt(5) == 0 ? max : Math.min(max, min + random.nextInt(Math.max(1, Math.min(max, 30) - min + 1)));
        return words(Math.max(min, length));
    }

    private String matching(String pattern) {
        if (pattern.contains("\\d{6})")) {
            return List.of("440300", "110000", "310000", "440000", "320100").get(random.nextInt(5));
        }
        if (pattern.contains("1[3-9]")) {
            return "13" + (8_000_000_000L + random.nextInt(999_999_999));
        }
        if (pattern.contains("@")) {
            return "user" + random.nextInt(10_000) + "@example.com";
        }
        if (pattern.contains("[A-T]")) {
            return List.of("C39", "C3971", "I65", "M").get(random.nextInt(4));
        }
        if (pattern.contains("20\\d{2}-20")) {
            return "2024-2025";
        }
        if (pattern.contains("HJ-NPQ")) {
            return uscc();
        }
        if (pattern.startsWith("^upl_")) {
            return "upl_" + "0123456789abcdef0123456789abcdef" + (random.nextBoolean() ? ".csv" : ".xlsx");
        }
        return words(8);
    }

    /** A valid 统一社会信用代码: random body, GB 32100-2015 check character. */
    String uscc() {
        StringBuilder code = new StringBuilder("91");
        code.append("440300");
        while (code.length() < 17) {
            code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    String words(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(random.nextInt(6) == 0 ? (char) ('a' + random.nextInt(26)) : HAN.charAt(random.nextInt(HAN.length())));
        }
        return text.toString();
    }

    /** A valid value with one rule broken, somewhere inside it. */
    JsonNode hostile(JsonNode declared) {
        JsonNode value = valid(declared, "", 0);
        JsonNode schema = contract.resolve(declared);
        if (!value.isObject() || schema == null) {
            return odd();
        }
        breakOne((ObjectNode) value, schema, 0);
        return value;
    }

    private void breakOne(ObjectNode object, JsonNode schema, int depth) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            object.put("unexpected", "x");
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode property = contract.resolve(schema.path("properties").path(name));
        if (depth < 3 && object.get(name) instanceof ObjectNode nested && random.nextBoolean()) {
            breakOne(nested, property, depth + 1);
            return;
        }
        switch (random.nextInt(9)) {
            case 0 -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                object.remove(required.isEmpty() ? name : required.get(random.nextInt(required.size())));
            }
            case 1 -> object.putNull(name);
            case 2 -> object.set(name, wrongType(property));
            case 3 -> object.put(name, "x".repeat(property.path("maxLength").asInt(200) + 1));
            case 4 -> object.put(name, property.has("maximum") ? property.path("maximum").asLong() + 1
                    : property.has("minimum") ? property.path("minimum").asLong() - 1 : Long.MIN_VALUE);
            case 5 -> {
                ArrayNode many = JSON.arrayNode();
                for (int i = 0; i <= property.path("maxItems").asInt(100); i++) {
                    many.add(valid(property.path("items"), name, depth + 1));
                }
                object.set(name, many);
            }
            case 6 -> object.put("unexpected" + random.nextInt(100), "x");
            case 7 -> object.set(name, JSON.numberNode(new java.math.BigInteger("9".repeat(40))));
            default -> object.set(name, odd());
        }
    }

    private JsonNode wrongType(JsonNode schema) {
        return switch (type(schema)) {
            case "string" -> random.nextBoolean() ? JSON.numberNode(12) : JSON.arrayNode().add("x");
            case "integer", "number" -> random.nextBoolean() ? JSON.textNode("abc") : JSON.numberNode(1.5);
            case "array" -> JSON.textNode("x");
            case "boolean" -> JSON.textNode("yes");
            default -> JSON.arrayNode().add(1);
        };
    }

    JsonNode odd() {
        return JSON.textNode(ODD_TEXTS.get(random.nextInt(ODD_TEXTS.size())));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }
}
