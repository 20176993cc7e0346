package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/** Each list through its whole life, over HTTP, against the emulators. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class ListItemLifecycleTest {

    private static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anAchievementGoesFromDraftThroughReviewToPublishedAndWithdrawn() {
        String org = "uni-" + UUID.randomUUID();
        String owner = Tokens.university(org, "440300");
        String title = unique("锂电池回收湿法冶金");
        Response created = as(owner).body(Samples.achievement(title, "440305")).post("/achievements");
        created.then().statusCode(201).header("Location", containsString("/achievements/ach_")).header("ETag", "\"1\"")
                .body("status", equalTo("DRAFT")).body("fields.title", equalTo(title)).body("fields.trl", equalTo(6))
                .body("fields.contact.mobile", equalTo("13812345678"));
        String id = created.jsonPath().getString("id");

        // nobody but its overseers sees a draft
        given().get("/achievements/" + id).then().statusCode(404).contentType(PROBLEM);
        as(Tokens.enterprise("ent-x", "440300")).get("/achievements/" + id).then().statusCode(404);
        as(Tokens.authority("EDUCATION", "440000")).get("/achievements/" + id).then().statusCode(200);

        // edits need the version they were based on
        String edited = Samples.achievement(title, "440305").replace("\"trl\": 6", "\"trl\": 7");
        as(owner).body(edited).put("/achievements/" + id).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        as(owner).header("If-Match", "\"1\"").body(edited).put("/achievements/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("fields.trl", equalTo(7));
        as(owner).header("If-Match", "\"1\"").body(edited).put("/achievements/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("code", equalTo("VERSION_MISMATCH"));

        as(owner).post("/achievements/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(owner).post("/achievements/" + id + "/submit").then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        // the industry department is not competent for achievements; another province's is not either
        as(Tokens.authority("INDUSTRY", "440000")).post("/achievements/" + id + "/publish")
                .then().statusCode(403).body("code", equalTo("NOT_COMPETENT_AUTHORITY"));
        as(Tokens.authority("EDUCATION", "110000")).post("/achievements/" + id + "/publish").then().statusCode(404);
        as(Tokens.authority("SCIENCE", "440000")).post("/achievements/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", not(equalTo(null)));

        // published: everyone reads it, personal data masked for all but overseers
        given().get("/achievements/" + id).then().statusCode(200)
                .body("fields.contact.mobile", equalTo("138****5678")).body("fields.contact.email", equalTo("z***@szu.edu.cn"));
        as(owner).get("/achievements/" + id).then().body("fields.contact.mobile", equalTo("13812345678"));
        given().queryParam("regionCode", "4403").queryParam("limit", 100).get("/achievements")
                .then().statusCode(200).body("items.id", hasItem(id));

        as(owner).post("/achievements/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedReason", equalTo("WITHDRAWN"));
        given().queryParam("regionCode", "4403").queryParam("limit", 100).get("/achievements")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as(owner).header("If-Match", "\"5\"").body(edited).put("/achievements/" + id).then().statusCode(409).body("code", equalTo("CLOSED"));
    }

    @Test
    void aChallengeIsPublishedByTheIndustryDepartment() {
        String id = as(Tokens.enterprise("ent-sic", "440300")).body(Samples.challenge(unique("碳化硅衬底切割"), "440306"))
                .post("/challenges").then().statusCode(201).extract().path("id");
        as(Tokens.enterprise("ent-sic", "440300")).post("/challenges/" + id + "/submit").then().statusCode(200);
        as(Tokens.authority("EDUCATION", "440000")).post("/challenges/" + id + "/publish").then().statusCode(403);
        as(Tokens.ministry("INDUSTRY")).post("/challenges/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get("/challenges/" + id).then().statusCode(200).body("fields.budgetYuan", equalTo(5000000))
                .body("fields.deadline", equalTo("2025-06-30")).body("fields.contact.mobile", equalTo("139****1111"));
    }

    @Test
    void aTalentNeedBelongsToItsParkWhichPublishesIt() {
        String park = "USP-440300-01"; // 深圳虚拟大学园: a real park, so the reference list accepts it
        String admin = Tokens.parkAdmin(park, "440300");
        as(Tokens.parkAdmin("another-park", "440300")).body(Samples.talentNeed(unique("科技副总"), "440305", park))
                .post("/talent-needs").then().statusCode(403).body("code", equalTo("OTHER_PARK"));
        String id = as(Tokens.enterprise("ent-mat", "440300")).body(Samples.talentNeed(unique("科技副总"), "440305", park))
                .post("/talent-needs").then().statusCode(201).extract().path("id");
        as(admin).get("/talent-needs/" + id).then().statusCode(200);
        as(Tokens.parkAdmin("another-park", "440300")).post("/talent-needs/" + id + "/publish").then().statusCode(404);
        as(admin).post("/talent-needs/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().queryParam("parkId", park).get("/talent-needs").then().statusCode(200).body("items.id", hasItem(id));
        as(admin).queryParam("parkId", park).queryParam("status", "DRAFT").get("/talent-needs").then().statusCode(200);
        given().queryParam("parkId", park).queryParam("status", "DRAFT").get("/talent-needs").then().statusCode(403);
    }

    @Test
    void aStaffOfferIsPublishedByTheEducationDepartment() {
        String token = Tokens.university("uni-scut", "440100");
        String id = as(token).body(Samples.staffOffer(unique("材料学院教授"), "440106")).post("/staff-offers")
                .then().statusCode(201).body("fields.rolesAvailable", hasItem("TECHNICAL_ADVISER")).extract().path("id");
        as(Tokens.authority("EDUCATION", "440000")).post("/staff-offers/" + id + "/publish").then().statusCode(200);
    }

    @Test
    void resubmittingWithTheSameExternalIdNeverDuplicates() {
        String org = "uni-" + UUID.randomUUID();
        String token = Tokens.university(org, "440300");
        String body = Samples.achievement("固态电解质", "440300").replace("{\"title\"", "{\"externalId\": \"GD-2024-0001\", \"title\"");
        Response first = as(token).body(body).post("/achievements");
        first.then().statusCode(201);
        Response again = as(token).body(body).post("/achievements");
        again.then().statusCode(200).header("ETag", "\"1\"");
        Response changed = as(token).body(body.replace("\"trl\": 6", "\"trl\": 8")).post("/achievements");
        changed.then().statusCode(200).header("ETag", "\"2\"").body("fields.trl", equalTo(8));
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getString("id"), changed.jsonPath().getString("id"));
        as(token).queryParam("mine", true).get("/achievements").then().statusCode(200)
                .body("items.size()", equalTo(1));
        // another organisation's identical external id is its own item
        as(Tokens.university(org + "-b", "440300")).body(body).post("/achievements").then().statusCode(201)
                .body("id", not(equalTo(first.jsonPath().getString("id"))));
    }

    @Test
    void pagesWithCursorsAndRefusesForgedOnes() {
        String org = "uni-" + UUID.randomUUID();
        String token = Tokens.university(org, "440300");
        for (int i = 0; i < 5; i++) {
            as(token).body(Samples.achievement("成果" + i, "440300")).post("/achievements").then().statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as(token).queryParam("mine", true).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/achievements");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
        as(token).queryParam("mine", true).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/achievements")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("INVALID_CURSOR"));
        as(token).queryParam("limit", 1000).get("/achievements").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("status", "SUBMITTED").get("/achievements").then().statusCode(403);
    }
}
