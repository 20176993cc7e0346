package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class AchievementResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    RecordStore records;

    private static String draft(String title, Object trl, String regionCode) {
        return """
                {"title": %s, "summary": "一种从退役动力电池中回收锂的湿法冶金工艺", "technologyField": "新能源",
                 "trl": %s, "regionCode": "%s"}""".formatted(title == null ? "null" : "\"" + title + "\"",
                trl instanceof String s ? "\"" + s + "\"" : trl, regionCode);
    }

    private static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/achievements");
    }

    @Test
    void aUniversityCreatesADraftOnlyItsOwnersAndAuthoritiesSee() {
        String org = "uni-" + UUID.randomUUID();
        String owner = Tokens.university(org, "440300");
        Response created = create(owner, draft("锂电池回收技术", 6, "440305"));
        created.then().statusCode(201)
                .header("Location", containsString("/achievements/ach_"))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("DRAFT"))
                .body("ownerOrganisationId", equalTo(org))
                .body("trl", equalTo(6));
        String id = created.jsonPath().getString("id");

        given().auth().oauth2(owner).get("/achievements/" + id).then().statusCode(200).body("title", equalTo("锂电池回收技术"));
        given().auth().oauth2(Tokens.of("gd", "PROVINCE_AUTHORITY", "gd-edu", "440000"))
                .get("/achievements/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of("bj", "PROVINCE_AUTHORITY", "bj-edu", "110000"))
                .get("/achievements/" + id).then().statusCode(404).contentType(PROBLEM);
        given().get("/achievements/" + id).then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void callersWithoutTheRightTokenAreTurnedAway() {
        given().contentType(ContentType.JSON).body(draft("x", 5, "440300")).post("/achievements")
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
        create(Tokens.of("e1", "ENTERPRISE", "ent-1", "440300"), draft("x", 5, "440300"))
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        create(Tokens.university("uni-a", "440300"), draft("x", 5, "110101"))
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("OTHER_REGION")).body("field", equalTo("regionCode"));
        given().auth().oauth2(Tokens.university("uni-a", "440300") + "x").contentType(ContentType.JSON)
                .body(draft("x", 5, "440300")).post("/achievements").then().statusCode(401);
    }

    @Test
    void badInputNamesTheFieldInChinese() {
        String token = Tokens.university("uni-b", "440300");
        create(token, draft("锂电", 12, "440300")).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("OUT_OF_RANGE")).body("field", equalTo("trl")).body("detail", equalTo("技术就绪度应在1到9之间"));
        create(token, draft(null, 0, "44030")).then().statusCode(400)
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.contains("title", "trl", "regionCode"));
        create(token, draft("锂电", "很高", "440300")).then().statusCode(400)
                .body("code", equalTo("INVALID_TYPE")).body("field", equalTo("trl"));
        create(token, "{\"title\": ").then().statusCode(400).contentType(PROBLEM).body("code", equalTo("MALFORMED_JSON"));
        create(token, draft("长".repeat(201), 5, "440300")).then().statusCode(400).body("code", equalTo("TOO_LONG"));
    }

    @Test
    void aRetriedPostReturnsTheFirstResponseAndWritesOnce() {
        String org = "uni-" + UUID.randomUUID();
        String token = Tokens.university(org, "440300");
        String key = "retry-" + UUID.randomUUID();
        String body = draft("碳化硅外延片", 5, "440300");

        Response first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/achievements");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/achievements");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.getHeader("Location")));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));

        int stored = records.query(TableDesign.BY_OWNER, "ORG#" + org, "ACHIEVEMENT#", false, 50, null).items().size();
        assertEquals(1, stored, "the retry wrote nothing");

        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(draft("别的成果", 5, "440300")).post("/achievements")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(token).header("Idempotency-Key", "bad key!").contentType(ContentType.JSON)
                .body(body).post("/achievements").then().statusCode(400).body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String token = Tokens.university("uni-c", "440300");
        String key = "fix-" + UUID.randomUUID();
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(draft("x", 99, "440300")).post("/achievements").then().statusCode(400);
        // same key, corrected body: a new request, since the failed one stored nothing
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(draft("x", 9, "440300")).post("/achievements").then().statusCode(201);
    }
}
