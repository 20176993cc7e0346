package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.api.contract.StatedRules;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.validation.Constraint;
import org.junit.jupiter.api.Test;

/**
 * openapi/openapi.yaml is the published contract and must be what SmallRye OpenAPI generates from the
 * code. When this fails after an intended change, refresh the file (README, "The API contract").
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class OpenApiContractTest {

    @Test
    void thePublishedContractIsWhatTheCodeServes() throws Exception {
        Path published = Path.of(System.getProperty("hundredparks.root"), "openapi", "openapi.yaml");
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        // as trees: the build-time and run-time writers order keys differently, which means nothing
        YAMLMapper yaml = new YAMLMapper();
        assertEquals(yaml.readTree(Files.readString(published)), yaml.readTree(served),
                "openapi/openapi.yaml differs from the generated contract: refresh it (see README)");
    }

    /**
     * Each request type's required fields and limits are in the published contract as its check enforces them (the
     * build writes them there; this catches a contract not refreshed after a rule changed).
     */
    @Test
    void thePublishedContractStatesTheRulesTheChecksEnforce() throws Exception {
        Path published = Path.of(System.getProperty("hundredparks.root"), "openapi", "openapi.yaml");
        JsonNode schemas = new YAMLMapper().readTree(Files.readString(published)).path("components").path("schemas");
        for (Class<? extends Record> type : StatedRules.CHECKED) {
            JsonNode schema = schemas.path(StatedRules.schemaName(type));
            for (Constraint rule : Constraint.of(type)) {
                if (rule.path().contains(".") || rule.path().contains("[")) {
                    continue; // nested: stated on the nested type's own schema
                }
                String where = type.getSimpleName() + "." + rule.path();
                JsonNode property = schema.path("properties").path(rule.path());
                switch (rule.kind()) {
                    case REQUIRED -> assertTrue(schema.path("required").toString().contains("\"" + rule.path() + "\""), where + " required");
                    case LENGTH -> assertEquals(rule.max().intValue(), property.path("maxLength").asInt(), where + " maxLength");
                    case COUNT -> assertEquals(rule.max().intValue(), property.path("maxItems").asInt(), where + " maxItems");
                    case RANGE -> assertEquals(rule.min() == null ? "" : rule.min().toString(), property.path("minimum").asText(""), where + " minimum");
                    case PATTERN -> assertEquals("^(?:" + rule.pattern() + ")$", property.path("pattern").asText(), where + " pattern");
                }
            }
        }
        assertEquals(List.of("title", "regionCode", "summary", "technologyField", "trl", "cooperationModes", "universityName", "contact"),
                new YAMLMapper().convertValue(schemas.path("AchievementFields").path("required"), List.class));
    }

    /** A client generated from the contract gets meaningful type names, not SmallRye's numbered ones (Entry2, Status4). */
    @Test
    void everySchemaHasAMeaningfulName() throws Exception {
        Path published = Path.of(System.getProperty("hundredparks.root"), "openapi", "openapi.yaml");
        List<String> numbered = new ArrayList<>();
        new YAMLMapper().readTree(Files.readString(published)).path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*\\d") || List.of("Entry", "Status", "Kind", "Request", "Acceptance", "View", "Listed").contains(name)) {
                numbered.add(name);
            }
        });
        assertEquals(List.of(), numbered, "name these with @Schema(name = ...) on their type");
    }
}
