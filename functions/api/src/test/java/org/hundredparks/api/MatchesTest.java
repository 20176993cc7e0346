package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.matching.MatchingService;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.junit.jupiter.api.Test;

/**
 * GET /{list}/{id}/matches: who may read an item's matches, and what a stored list looks like through
 * HTTP. The lists are written by the matching service from the item as stored, as the matching
 * function does from its stream record (that path runs in LocalPlatformTest).
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class MatchesTest {

    private static final String UNIVERSITY = Tokens.university("uni-matches", "440300");
    private static final String ENTERPRISE = Tokens.enterprise("ent-matches", "440300");

    @Inject
    MatchingService matching;
    @Inject
    RecordStore records;

    private String published(String path, String token, String body, String publisher) {
        String id = ListItemLifecycleTest.as(token).body(body).post("/" + path).then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(token).post("/" + path + "/" + id + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(publisher).post("/" + path + "/" + id + "/publish").then().statusCode(200);
        Item stored = records.get("ITEM#" + id, "ITEM").orElseThrow();
        matching.applyNow(new ItemChange(ItemChange.Kind.MODIFY, "1", Item.of(stored.pk(), stored.sk()), Optional.empty(), Optional.of(stored)));
        return id;
    }

    @Test
    void ownersAndAuthoritiesReadRankedExplainedMatches() {
        String achievement = published("achievements", UNIVERSITY,
                Samples.achievement("8英寸碳化硅衬底激光切片" + System.nanoTime(), "440305"), Tokens.ministry("SCIENCE"));
        String challenge = published("challenges", ENTERPRISE,
                Samples.challenge("碳化硅衬底切割" + System.nanoTime(), "440305"), Tokens.ministry("INDUSTRY"));

        ListItemLifecycleTest.as(ENTERPRISE).get("/challenges/" + challenge + "/matches").then().statusCode(200)
                .body("itemId", equalTo(challenge))
                .body("matches.candidateId", hasItem(achievement))
                .body("matches[0].rank", equalTo(1))
                .body("matches[0].candidateKind", equalTo("ACHIEVEMENT"))
                .body("matches[0].explanation", startsWith("共同技术要点："))
                .body("matches[0].reasons", hasItem("同在广东省"));
        // the other side sees the challenge in its own list
        ListItemLifecycleTest.as(UNIVERSITY).get("/achievements/" + achievement + "/matches").then().statusCode(200)
                .body("matches.candidateId", hasItem(challenge));
        ListItemLifecycleTest.as(Tokens.authority("INDUSTRY", "440000")).get("/challenges/" + challenge + "/matches?limit=1")
                .then().statusCode(200).body("matches.size()", equalTo(1));

        // a university that does not own the challenge may read the challenge, not its matches
        ListItemLifecycleTest.as(Tokens.university("uni-other", "440300")).get("/challenges/" + challenge + "/matches")
                .then().statusCode(403).body("code", equalTo("MATCHES_NOT_VISIBLE"));
        ListItemLifecycleTest.as(ENTERPRISE).get("/challenges/" + challenge + "/matches?limit=51").then().statusCode(400)
                .body("code", equalTo("OUT_OF_RANGE")).body("field", equalTo("limit"));
        given().get("/challenges/" + challenge + "/matches").then().statusCode(401);

        // withdrawn: the achievement leaves the challenge's list
        ListItemLifecycleTest.as(UNIVERSITY).post("/achievements/" + achievement + "/withdraw").then().statusCode(200);
        Item stored = records.get("ITEM#" + achievement, "ITEM").orElseThrow();
        matching.applyNow(new ItemChange(ItemChange.Kind.MODIFY, "2", Item.of(stored.pk(), stored.sk()), Optional.empty(), Optional.of(stored)));
        ListItemLifecycleTest.as(ENTERPRISE).get("/challenges/" + challenge + "/matches").then().statusCode(200)
                .body("matches.candidateId", org.hamcrest.Matchers.not(hasItem(achievement)));
        ListItemLifecycleTest.as(UNIVERSITY).get("/achievements/" + achievement + "/matches").then().statusCode(200)
                .body("matches", empty());
    }
}
