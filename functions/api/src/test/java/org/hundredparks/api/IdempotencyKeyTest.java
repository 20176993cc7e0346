package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key returns the first response and writes nothing again. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class IdempotencyKeyTest {

    @Test
    void aRetriedCreateReturnsTheFirstResponseAndWritesOnce() {
        String org = "uni-" + UUID.randomUUID();
        String token = Tokens.university(org, "440300");
        String key = "retry-" + UUID.randomUUID();
        String body = Samples.achievement("碳化硅外延片", "440300");

        Response first = ListItemLifecycleTest.as(token).header("Idempotency-Key", key).body(body).post("/achievements");
        first.then().statusCode(201);
        Response retry = ListItemLifecycleTest.as(token).header("Idempotency-Key", key).body(body).post("/achievements");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", equalTo(first.getHeader("Location")));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        ListItemLifecycleTest.as(token).queryParam("mine", true).get("/achievements").then().body("items", hasSize(1));

        ListItemLifecycleTest.as(token).header("Idempotency-Key", key).body(Samples.achievement("别的成果", "440300"))
                .post("/achievements").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        ListItemLifecycleTest.as(token).header("Idempotency-Key", "bad key!").body(body).post("/achievements")
                .then().statusCode(400).body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        String token = Tokens.university("uni-" + UUID.randomUUID(), "440300");
        String key = "fix-" + UUID.randomUUID();
        ListItemLifecycleTest.as(token).header("Idempotency-Key", key)
                .body(Samples.achievement("x", "440300").replace("\"trl\": 6", "\"trl\": 99")).post("/achievements")
                .then().statusCode(400);
        ListItemLifecycleTest.as(token).header("Idempotency-Key", key).body(Samples.achievement("x", "440300"))
                .post("/achievements").then().statusCode(201);
    }

    @Test
    void aRetriedProgressUpdateIsRecordedOnce() {
        String org = "uni-" + UUID.randomUUID();
        String party = Tokens.university(org, "440300");
        String cooperation = ListItemLifecycleTest.as(party).body("""
                {"name": "'百园百校万企'创新合作行动——重试", "kind": "TRANSFER", "regionCode": "440305",
                 "partyOrganisationIds": ["%s", "ent-retry"], "startedOn": "2024-09-01"}""".formatted(org))
                .post("/cooperations").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(Tokens.enterprise("ent-retry", "440300")).post("/cooperations/" + cooperation + "/confirm")
                .then().statusCode(200);
        String key = "progress-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 3; attempt++) {
            ListItemLifecycleTest.as(party).header("Idempotency-Key", key).body("{\"date\": \"2024-10-08\", \"text\": \"签约\"}")
                    .post("/cooperations/" + cooperation + "/progress").then().statusCode(201);
        }
        ListItemLifecycleTest.as(party).get("/cooperations/" + cooperation + "/progress").then().body("$", hasSize(1));
    }
}
