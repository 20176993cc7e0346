package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.reminder.ReminderService;
import org.junit.jupiter.api.Test;

/** The inbox through HTTP: a run's reminders reach the province's authorities, who read and mark them. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class RemindersTest {

    @Inject
    ReminderService reminders;

    @Test
    void aProvincesAuthoritiesReadTheirRemindersAndMarkThem() {
        // 02:00 on 30 July 2024 in Beijing: the day before the action plans are due
        reminders.run(Instant.parse("2024-07-29T18:00:00Z"));
        String hubei = Tokens.authority("SCIENCE", "420000");
        String id = ListItemLifecycleTest.as(hubei).get("/reminders").then().statusCode(200)
                .body("audience", everyItem(equalTo("PROVINCE#42")))
                .body("find { it.subjectKey == 'ACTION_PLAN_2024' }.text", startsWith("【提醒】行动计划报送：2024-07-31 截止，还有1天"))
                .extract().path("find { it.subjectKey == 'ACTION_PLAN_2024' }.id");

        ListItemLifecycleTest.as(hubei).post("/reminders/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        ListItemLifecycleTest.as(hubei).get("/reminders").then().body("find { it.id == '" + id + "' }.readAt", notNullValue());
        // read marks are the person's: a colleague in the same department still sees it unread
        String colleague = Tokens.of("colleague-42", "PROVINCE_AUTHORITY", "auth-SCIENCE-420000", "420000", "SCIENCE", null);
        ListItemLifecycleTest.as(colleague).get("/reminders").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.readAt", nullValue());
        ListItemLifecycleTest.as(Tokens.authority("SCIENCE", "430000")).post("/reminders/" + id + "/read").then().statusCode(404);
        ListItemLifecycleTest.as(hubei).get("/reminders?limit=0").then().statusCode(400).body("code", equalTo("OUT_OF_RANGE"));
        given().get("/reminders").then().statusCode(401);
    }
}
