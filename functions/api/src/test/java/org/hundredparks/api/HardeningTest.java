package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a careless client found answered with a 500 or a body that was not problem+json (issue 18):
 * each now refused as a problem, with a stable code, before it reaches a policy or the table.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class HardeningTest {

    private static final String PROBLEM = "application/problem+json";

    /** Ordinary callers on the publish and withdraw paths; tokens missing a claim their role needs. */
    @Test
    void policiesAreNullSafeAndTokensWithoutTheirRolesClaimsAreRefused() {
        String owner = Tokens.university("uni-harden", "440300");
        String id = ListItemLifecycleTest.as(owner).body(Samples.achievement("加固测试成果", "440305")).post("/achievements").then().statusCode(201)
                .extract().path("id");
        ListItemLifecycleTest.as(owner).header("If-Match", "\"1\"").post("/achievements/" + id + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.authority("EDUCATION", "440000")).header("If-Match", "\"2\"").post("/achievements/" + id + "/publish")
                .then().statusCode(200);
        // a university or an enterprise that neither owns nor publishes it: no domain to compare, refused, not a 500
        ListItemLifecycleTest.as(Tokens.university("uni-other-harden", "440300")).header("If-Match", "\"3\"")
                .post("/achievements/" + id + "/withdraw").then().statusCode(403).contentType(PROBLEM);
        ListItemLifecycleTest.as(Tokens.enterprise("ent-harden", "440300")).header("If-Match", "\"3\"")
                .post("/achievements/" + id + "/withdraw").then().statusCode(403).contentType(PROBLEM);

        String noDomain = Tokens.of("auth-nodomain", "PROVINCE_AUTHORITY", "auth-nodomain", "440000", null, null);
        ListItemLifecycleTest.as(noDomain).body(Samples.achievement("无领域", "440305")).post("/achievements").then().statusCode(403)
                .contentType(PROBLEM).body("code", equalTo("MISSING_CLAIM")).body("field", equalTo("domain"));
        String noPark = Tokens.of("park-nopark", "PARK_ADMIN", "park-nopark", "440300", null, null);
        ListItemLifecycleTest.as(noPark).body(Samples.challenge("无园区", "440305")).post("/challenges").then().statusCode(403)
                .body("code", equalTo("MISSING_CLAIM")).body("field", equalTo("park"));
    }

    @Test
    void idsCursorsAndParametersAreCheckedBeforeTheTable() {
        String owner = Tokens.university("uni-ids", "440300");
        for (String path : new String[] {"/achievements/", "/enterprises/", "/cooperations/", "/imports/", "/organisations/"}) {
            ListItemLifecycleTest.as(owner).get(path + "x".repeat(3000)).then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("INVALID_ID"));
        }
        ListItemLifecycleTest.as(owner).get("/achievements/a%20b").then().statusCode(400).body("code", equalTo("INVALID_ID"));

        // two published items of one province, read a page of one: its cursor does not page another province's list
        for (int i = 0; i < 2; i++) {
            String id = ListItemLifecycleTest.as(owner).body(Samples.achievement("游标测试" + i, "440305")).post("/achievements").then()
                    .statusCode(201).extract().path("id");
            ListItemLifecycleTest.as(owner).header("If-Match", "\"1\"").post("/achievements/" + id + "/submit").then().statusCode(200);
            ListItemLifecycleTest.as(Tokens.authority("EDUCATION", "440000")).header("If-Match", "\"2\"")
                    .post("/achievements/" + id + "/publish").then().statusCode(200);
        }
        String cursor = given().queryParam("regionCode", "44").queryParam("limit", 1).get("/achievements").then().statusCode(200)
                .extract().path("nextCursor");
        given().queryParam("regionCode", "44").queryParam("cursor", cursor).get("/achievements").then().statusCode(200);
        given().queryParam("regionCode", "11").queryParam("cursor", cursor).get("/achievements").then().statusCode(400)
                .contentType(PROBLEM).body("code", equalTo("INVALID_CURSOR"));
        given().queryParam("cursor", "").get("/achievements").then().statusCode(200);

        given().queryParam("limit", "abc").get("/achievements").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("INVALID_PARAMETER"));
        given().queryParam("status", "EVIL").get("/achievements").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        given().get("/no-such-route").then().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void badTokensAndLargeBodiesAreProblems() {
        given().auth().oauth2("not-a-token").get("/reminders").then().statusCode(401).contentType(PROBLEM)
                .body("code", equalTo("UNAUTHENTICATED"));
        String expired = Jwt.subject("u").groups(Set.of("UNIVERSITY")).claim("org", "uni-exp").claim("region", "440300")
                .issuedAt(Instant.now().minus(Duration.ofMinutes(30))).expiresAt(Instant.now().minus(Duration.ofMinutes(15))).sign();
        given().auth().oauth2(expired).get("/reminders").then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
        String tenYears = Jwt.subject("u").groups(Set.of("UNIVERSITY")).claim("org", "uni-long").claim("region", "440300")
                .expiresIn(Duration.ofDays(3650)).sign();
        given().auth().oauth2(tenYears).get("/reminders").then().statusCode(401).contentType(PROBLEM).body("code", equalTo("TOKEN_LIFETIME"));
        String future = Jwt.subject("u").groups(Set.of("UNIVERSITY")).claim("org", "uni-future").claim("region", "440300")
                .issuedAt(Instant.now().plus(Duration.ofHours(1))).expiresAt(Instant.now().plus(Duration.ofHours(1).plusMinutes(10))).sign();
        given().auth().oauth2(future).get("/reminders").then().statusCode(401).contentType(PROBLEM).body("code", equalTo("TOKEN_LIFETIME"));

        String large = Samples.achievement("x".repeat(1_100_000), "440305");
        ListItemLifecycleTest.as(Tokens.university("uni-large", "440300")).body(large).post("/achievements").then().statusCode(413)
                .contentType(PROBLEM).body("code", equalTo("BODY_TOO_LARGE"));
    }
}
