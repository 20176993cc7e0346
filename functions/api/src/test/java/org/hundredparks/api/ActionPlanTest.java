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

    /** A plan of four parks; a Jiangsu plan names Jiangsu's parks in the same places. */
    private static String plan(String regionCode, String firstActionName) {
        String plan = """
                {"regionCode": "%s", "period": "2024-2025", "leadDepartment": "省科技厅高新处",
                 "parkIds": ["HTZ-440100-01", "HTZ-440300-01", "USP-440100-01", "HTZ-441900-01"],
                 "actions": [
                   {"name": "%s", "description": "成果路演与对接", "parkIds": ["HTZ-440100-01", "USP-440100-01"]},
                   {"name": "“百园百校万企”创新合作行动——科技副总进园区", "parkIds": ["HTZ-440300-01"]}
                 ]}""".formatted(regionCode, firstActionName);
        return !regionCode.startsWith("32") ? plan : plan.replace("HTZ-440100-01", "HTZ-320100-01")
                .replace("HTZ-440300-01", "HTZ-320500-01").replace("USP-440100-01", "USP-320100-01")
                .replace("HTZ-441900-01", "HTZ-320200-01");
    }

    @Test
    void aRegionSubmitsOnePlanNamesItsActionsByTheRuleAndSeesWhichParksAreIdle() {
        String authority = Tokens.authority("SCIENCE", "440000");
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")).post("/action-plans")
                .then().statusCode(201).header("ETag", "\"1\"")
                // submitted today, long after 2024-07-31: accepted, and flagged late
                .body("late", equalTo(true))
                .body("parksWithoutAction", contains("HTZ-441900-01"));
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")).post("/action-plans")
                .then().statusCode(409).body("code", equalTo("PLAN_EXISTS"));

        String revised = plan("440000", "'百园百校万企'创新合作行动——湾区成果对接")
                .replace("\"parkIds\": [\"HTZ-440300-01\"]", "\"parkIds\": [\"HTZ-440300-01\", \"HTZ-441900-01\"]");
        ListItemLifecycleTest.as(authority).header("If-Match", "\"1\"").body(revised).put("/action-plans/440000_2024-2025")
                .then().statusCode(200).header("ETag", "\"2\"").body("parksWithoutAction.size()", equalTo(0));
        ListItemLifecycleTest.as(authority).header("If-Match", "\"1\"").body(revised).put("/action-plans/440000_2024-2025")
                .then().statusCode(412);

        ListItemLifecycleTest.as(Tokens.ministry("INDUSTRY")).get("/action-plans/440000_2024-2025").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.parkAdmin("HTZ-441900-01", "441900")).get("/action-plans/440000_2024-2025").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.authority("SCIENCE", "110000")).get("/action-plans/440000_2024-2025").then().statusCode(404);
    }

    @Test
    void actionNamesFollowTheProgrammesRuleAndParksComeFromTheRoster() {
        String authority = Tokens.authority("INDUSTRY", "320000");
        ListItemLifecycleTest.as(authority).body(plan("320000", "苏南成果对接会")).post("/action-plans")
                .then().statusCode(400).body("code", equalTo("ACTION_NAME_RULE")).body("field", equalTo("actions[0].name"));
        ListItemLifecycleTest.as(authority).body(plan("320000", "'百园百校万企'创新合作行动——苏南对接")
                        .replace("[\"HTZ-320100-01\", \"USP-320100-01\"]", "[\"HTZ-320583-01\"]")).post("/action-plans")
                .then().statusCode(400).body("code", equalTo("PARK_NOT_IN_PLAN")).body("field", equalTo("actions[0].parkIds[0]"))
                .body("detail", equalTo("参与园区不在本地区园区名单（parkIds）中"));
        ListItemLifecycleTest.as(authority).body(plan("320000", "'百园百校万企'创新合作行动——苏南对接")
                        .replace("\"HTZ-320200-01\"]", "\"HTZ-440300-01\"]")).post("/action-plans")
                .then().statusCode(400).body("code", equalTo("PARK_OUTSIDE_REGION")).body("field", equalTo("parkIds[3]"));
        ListItemLifecycleTest.as(authority).body(plan("440000", "'百园百校万企'创新合作行动——越界")).post("/action-plans")
                .then().statusCode(403).body("code", equalTo("OTHER_REGION"));
        ListItemLifecycleTest.as(Tokens.university("uni-js", "320100")).body(plan("320000", "'百园百校万企'创新合作行动——x"))
                .post("/action-plans").then().statusCode(403);
    }
}
