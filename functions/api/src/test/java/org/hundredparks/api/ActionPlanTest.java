package org.hundredparks.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class ActionPlanTest {

    private static String plan(String regionCode, String firstActionName) {
        return """
                {"regionCode": "%s", "period": "2024-2025", "leadDepartment": "省科技厅高新处",
                 "parkIds": ["gz-hitech", "sz-hitech", "scut-park", "dg-songshan"],
                 "actions": [
                   {"name": "%s", "description": "成果路演与对接", "parkIds": ["gz-hitech", "scut-park"]},
                   {"name": "“百园百校万企”创新合作行动——科技副总进园区", "parkIds": ["sz-hitech"]}
                 ]}""".formatted(regionCode, firstActionName);
    }

    @Test
    void aRegionSubmitsOnePlanNamesItsActionsByTheRuleAndSeesWhichParksAreIdle() {
        String authority = Tokens.authority("SCIENCE", "440000");
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")).post("/action-plans")
                .then().statusCode(201).header("ETag", "\"1\"")
                // submitted today, long after 2024-07-31: accepted, and flagged late
                .body("late", equalTo(true))
                .body("parksWithoutAction", contains("dg-songshan"));
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")).post("/action-plans")
                .then().statusCode(409).body("code", equalTo("PLAN_EXISTS"));

        String revised = plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")
                .replace("\"parkIds\": [\"sz-hitech\"]", "\"parkIds\": [\"sz-hitech\", \"dg-songshan\"]");
        ListItemLifecycleTest.as(authority).header("If-Match", "\"1\"").body(revised).put("/action-plans/440000_2024-2025")
                .then().statusCode(200).header("ETag", "\"2\"").body("parksWithoutAction.size()", equalTo(0));
        ListItemLifecycleTest.as(authority).header("If-Match", "\"1\"").body(revised).put("/action-plans/440000_2024-2025")
                .then().statusCode(412);

        ListItemLifecycleTest.as(Tokens.ministry("INDUSTRY")).get("/action-plans/440000_2024-2025").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.parkAdmin("dg-songshan", "441900")).get("/action-plans/440000_2024-2025").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.authority("SCIENCE", "110000")).get("/action-plans/440000_2024-2025").then().statusCode(404);
    }

    @Test
    void actionNamesFollowTheProgrammesRuleAndParksComeFromTheRoster() {
        String authority = Tokens.authority("INDUSTRY", "320000");
        ListItemLifecycleTest.as(authority).body(plan("320000", "苏南成果对接会")).post("/action-plans")
                .then().statusCode(400).body("code", equalTo("ACTION_NAME_RULE")).body("field", equalTo("actions[0].name"));
        ListItemLifecycleTest.as(authority).body(plan("320000", "'百园百校万企'创新合作行动——苏南对接")
                        .replace("[\"gz-hitech\", \"scut-park\"]", "[\"nowhere-park\"]")).post("/action-plans")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_PARK")).body("field", equalTo("actions[0].parkIds[0]"));
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——越界")).post("/action-plans")
                .then().statusCode(403).body("code", equalTo("OTHER_REGION"));
        ListItemLifecycleTest.as(Tokens.university("uni-js", "320100")).body(plan("320000", "'百园百校万企'创新合作行动——x"))
                .post("/action-plans").then().statusCode(403);
    }
}
