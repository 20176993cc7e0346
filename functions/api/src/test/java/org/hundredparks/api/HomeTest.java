package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * The phone's first screen (GET /me): an enterprise sees its items by status and the bid waiting for its decision; the
 * university that bid sees its bid; both see the cooperation the university opened and the enterprise is a party to, due a
 * progress update; each sees only its own;
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
                // the university opened it; the enterprise is a party, and may report its progress too
                .body("cooperationsToUpdate", hasSize(1)).body("cooperationsToUpdate[0].id", equalTo(cooperation))
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

    /**
     * The list screens as cards (one request a screen, no contact, the match count), and the home feed: what was newly
     * published in my province and in the fields of my own items, from the lists that answer my role.
     */
    @Test
    void cardsShowAListSmallAndTheFeedBringsWhatIsNewInMyFieldsAndProvince() {
        String enterprise = Tokens.enterprise("ent-feed", "440300");
        ListItemLifecycleTest.as(enterprise).body(Samples.challenge("储能消防", "440305").replace("新一代信息技术", "新能源"))
                .post("/challenges").then().statusCode(201);
        String science = Tokens.authority("SCIENCE", "440000");
        String university = Tokens.university("uni-feed", "440300");
        String inField = publishedAchievement(university, "储能电池热管理", "新能源", "440305", science);
        String otherField = publishedAchievement(university, "工业视觉检测", "新一代信息技术", "440305", science);
        String otherProvince = publishedAchievement(Tokens.university("uni-feed-bj", "110000"), "北京储能材料", "新能源", "110108",
                Tokens.authority("SCIENCE", "110000"));

        String feed = ListItemLifecycleTest.as(enterprise).get("/me/feed").then().statusCode(200).extract().asString();
        List<String> ids = io.restassured.path.json.JsonPath.from(feed).getList("id");
        assertTrue(ids.contains(inField), feed);
        assertFalse(ids.contains(otherField), "another field: " + feed);
        assertFalse(ids.contains(otherProvince), "another province: " + feed);
        assertFalse(feed.contains("13812345678"), "no contact on a card");
        ListItemLifecycleTest.as(enterprise).get("/me/feed?days=0").then().statusCode(400).body("field", equalTo("days"));

        // a list screen: published achievements of the province, as cards with the list filters
        String page = ListItemLifecycleTest.as(null).get("/cards?list=ACHIEVEMENT&regionCode=44&field=新能源&limit=50").then().statusCode(200)
                .body("cards.find { it.id == '" + inField + "' }.organisation", equalTo("深圳大学"))
                .body("cards.find { it.id == '" + inField + "' }.status", equalTo("PUBLISHED"))
                .body("cards.field", everyItem(equalTo("新能源"))).extract().asString();
        assertFalse(page.contains(otherField) || page.contains(otherProvince), page);
        ListItemLifecycleTest.as(null).get("/cards?list=CHALLENGE&mine=true").then().statusCode(403);
        ListItemLifecycleTest.as(enterprise).get("/cards?list=CHALLENGE&mine=true").then().statusCode(200).body("cards", hasSize(1))
                .body("cards[0].status", equalTo("DRAFT")).body("cards[0].deadline", equalTo("2025-06-30"));
        ListItemLifecycleTest.as(null).get("/cards?list=CHALLENGE&status=DRAFT").then().statusCode(403);
        ListItemLifecycleTest.as(null).get("/cards").then().statusCode(400).body("field", equalTo("list"));
        ListItemLifecycleTest.as(null).get("/cards?list=ACHIEVEMENT&limit=51").then().statusCode(400).body("field", equalTo("limit"));
        // match counts for those who may read the matches: the owner sees a number, anyone else none
        ListItemLifecycleTest.as(university).get("/cards?list=ACHIEVEMENT&mine=true").then().statusCode(200)
                .body("cards.find { it.id == '" + inField + "' }.matchCount", equalTo(0));
        ListItemLifecycleTest.as(enterprise).get("/cards?list=ACHIEVEMENT&regionCode=44&field=新能源&limit=50").then()
                .body("cards.matchCount", everyItem(equalTo(null)));
        // a cursor of the organisation's other list is not this list's: 400, not a storage error
        String cursor = ListItemLifecycleTest.as(university).get("/cards?list=ACHIEVEMENT&mine=true&limit=1").then().statusCode(200)
                .extract().path("nextCursor");
        ListItemLifecycleTest.as(university).get("/cards?list=CHALLENGE&mine=true&cursor=" + cursor).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    private static String publishedAchievement(String university, String title, String field, String region, String publisher) {
        String id = ListItemLifecycleTest.as(university).body(Samples.achievement(title, region)
                .replace("\"technologyField\": \"新能源\"", "\"technologyField\": \"" + field + "\""))
                .post("/achievements").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(university).post("/achievements/" + id + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(publisher).post("/achievements/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
