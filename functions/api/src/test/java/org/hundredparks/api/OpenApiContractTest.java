package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.local.aws.EmulatorsResource;
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
