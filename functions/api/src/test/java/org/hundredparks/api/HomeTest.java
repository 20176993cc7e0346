package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * The phone's first screen (GET /me): an enterprise sees its items by status and the bid waiting for its decision; the
 * university that bid sees its bid and the cooperation it opened that is due a progress update; each sees only its own;
 * and the answer stays small.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class HomeTest {

    private static final String BID = """
            {"teamName": "深大第三代半导体团队", "plan": "激光隐切加多线切割，半年内中试", "quoteYuan": 4500000,
             "deliverBy": "2025-05-31", "contact": {"name": "刘教授", "mobile": "13600003333"}}""";

    @Test
    void eachOrganisationSeesWhatIsItsOwnAndWhatWaitsForIt() {
        String enterprise = Tokens.enterprise("ent-home", "440300");
        String university = Tokens.university("uni-home", "440300");
        ListItemLifecycleTest.as(enterprise).body(Samples.challenge("首页草稿榜单", "440305")).post("/challenges").then().statusCode(201);
        String challenge = ListItemLifecycleTest.as(enterprise).body(Samples.challenge("首页已发布榜单", "440305")).post("/challenges")
                .then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(enterprise).post("/challenges/" + challenge + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.authority("INDUSTRY", "440000")).post("/challenges/" + challenge + "/publish").then().statusCode(200);
        String bid = ListItemLifecycleTest.as(university).body(BID).post("/challenges/" + challenge + "/bids").then().statusCode(201)
                .extract().path("id");
        String cooperation = ListItemLifecycleTest.as(university).body("""
                {"name": "'百园百校万企'创新合作行动——首页合作", "kind": "JOINT_PROJECT", "regionCode": "440305",
                 "parkId": "HTZ-440300-01", "partyOrganisationIds": ["uni-home", "ent-home"], "startedOn": "2024-09-01"}""")
                .post("/cooperations").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(enterprise).post("/cooperations/" + cooperation + "/confirm").then().statusCode(200);

        String home = ListItemLifecycleTest.as(enterprise).get("/me").then().statusCode(200)
                .body("who.organisationId", equalTo("ent-home")).body("who.role", equalTo("ENTERPRISE"))
                .body("organisation.id", equalTo("ent-home"))
                .body("items.CHALLENGE.DRAFT", equalTo(1)).body("items.CHALLENGE.PUBLISHED", equalTo(1))
                .body("bidsToDecide", hasSize(1)).body("bidsToDecide[0].id", equalTo(bid))
                .body("bidsToDecide[0].challengeTitle", equalTo("首页已发布榜单")).body("bidsToDecide[0].bidderOrganisationId", equalTo("uni-home"))
                .body("cooperationsToUpdate", hasSize(0)) // the university opened it: its card, not the enterprise's
                .extract().asString();
        int bytes = home.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.println("GET /me: " + bytes + " bytes");
        assertTrue(bytes < 2048, "small on a weak network: " + home);

        ListItemLifecycleTest.as(university).get("/me").then().statusCode(200)
                .body("myBids.SUBMITTED", equalTo(1)).body("bidsToDecide", hasSize(0)).body("items.CHALLENGE", equalTo(null))
                .body("cooperationsToUpdate", hasSize(1)).body("cooperationsToUpdate[0].id", equalTo(cooperation))
                .body("cooperationsToUpdate[0].startedOn", equalTo("2024-09-01"));

        // the bid accepted, nothing waits for the enterprise any more
        ListItemLifecycleTest.as(enterprise).body("{\"cooperationName\": \"'百园百校万企'创新合作行动——首页揭榜合作\"}")
                .post("/challenges/" + challenge + "/bids/" + bid + "/accept").then().statusCode(200);
        ListItemLifecycleTest.as(enterprise).get("/me").then().body("bidsToDecide", hasSize(0));
        ListItemLifecycleTest.as(university).get("/me").then().body("myBids.ACCEPTED", equalTo(1));
        ListItemLifecycleTest.as(null).get("/me").then().statusCode(401);
    }
}
