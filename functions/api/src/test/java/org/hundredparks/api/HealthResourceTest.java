package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class HealthResourceTest {

    @Test
    void isUpWhenTheTableAnswers() {
        given().when().get("/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("table", equalTo("ACTIVE"));
    }
}
