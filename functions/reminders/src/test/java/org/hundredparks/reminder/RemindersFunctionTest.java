package org.hundredparks.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hundredparks.local.aws.AwsEventShapes;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class RemindersFunctionTest {

    @Test
    void runsForTheScheduledTimeOfTheTick() {
        given().contentType(ContentType.JSON).body(AwsEventShapes.sample("scheduler-input.json").toString())
                .when().post()
                .then().statusCode(200).body("runAt", equalTo("2022-03-22T18:59:43Z"));
    }
}
