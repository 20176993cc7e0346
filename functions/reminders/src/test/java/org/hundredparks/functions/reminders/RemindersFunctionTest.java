package org.hundredparks.functions.reminders;

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
                .then().statusCode(200).body("runAt", equalTo("2022-03-22T18:59:43Z")).body("created", equalTo(0));
    }

    @Test
    void aTickFourteenDaysBeforeThePlansAreDueRemindsEveryProvinceOnceEvenIfRetried() {
        // 02:00 on 17 July 2024 in Beijing: 14 days before the action plans are due
        String tick = AwsEventShapes.sample("scheduler-input.json").toString().replace("2022-03-22T18:59:43Z", "2024-07-16T18:00:00Z");
        given().contentType(ContentType.JSON).body(tick).when().post()
                .then().statusCode(200).body("day", equalTo("2024-07-17")).body("created", equalTo(31)).body("existing", equalTo(0));
        given().contentType(ContentType.JSON).body(tick).when().post()
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(31));
    }
}
