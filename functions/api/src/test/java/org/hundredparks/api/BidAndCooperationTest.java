package org.hundredparks.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/** 揭榜挂帅 end to end: publish, bid, accept one, then report progress and outcomes on the cooperation. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class BidAndCooperationTest {

    private static final String NAME = "'百园百校万企'创新合作行动——碳化硅衬底攻关";
    private static final String BID = """
            {"teamName": "深大第三代半导体团队", "plan": "激光隐切加多线切割，半年内中试", "quoteYuan": 4500000,
             "deliverBy": "2025-05-31", "contact": {"name": "刘教授", "mobile": "13600003333"}}""";

    private static String publishedChallenge(String enterpriseOrg) {
        String owner = Tokens.enterprise(enterpriseOrg, "440300");
        String id = ListItemLifecycleTest.as(owner).body(Samples.challenge("碳化硅" + UUID.randomUUID(), "440306"))
                .post("/challenges").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(owner).post("/challenges/" + id + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.authority("INDUSTRY", "440000")).post("/challenges/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void bidsAreTakenOnPublishedChallengesAndOneIsAccepted() {
        String enterprise = "ent-" + UUID.randomUUID();
        String challenge = publishedChallenge(enterprise);
        String owner = Tokens.enterprise(enterprise, "440300");
        String szu = Tokens.university("uni-szu", "440300");
        String hit = Tokens.university("uni-hitsz", "440300");

        String szuBid = ListItemLifecycleTest.as(szu).body(BID).post("/challenges/" + challenge + "/bids")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("id");
        // the same organisation bidding again revises its one bid
        ListItemLifecycleTest.as(szu).body(BID.replace("4500000", "4000000")).post("/challenges/" + challenge + "/bids")
                .then().statusCode(200).body("id", equalTo(szuBid)).body("fields.quoteYuan", equalTo(4000000));
        ListItemLifecycleTest.as(hit).body(BID).post("/challenges/" + challenge + "/bids").then().statusCode(201);
        ListItemLifecycleTest.as(owner).body(BID).post("/challenges/" + challenge + "/bids")
                .then().statusCode(403).body("code", equalTo("OWN_CHALLENGE"));

        ListItemLifecycleTest.as(owner).get("/challenges/" + challenge + "/bids").then().statusCode(200).body("$", hasSize(2));
        ListItemLifecycleTest.as(hit).get("/challenges/" + challenge + "/bids").then().statusCode(200).body("$", hasSize(1));

        ListItemLifecycleTest.as(szu).body("{\"cooperationName\": \"" + NAME + "\"}")
                .post("/challenges/" + challenge + "/bids/" + szuBid + "/accept").then().statusCode(403);
        ListItemLifecycleTest.as(owner).body("{\"cooperationName\": \"攻关项目\"}")
                .post("/challenges/" + challenge + "/bids/" + szuBid + "/accept").then().statusCode(400)
                .body("code", equalTo("ACTION_NAME_RULE"));
        String cooperation = ListItemLifecycleTest.as(owner).body("{\"cooperationName\": \"" + NAME + "\"}")
                .post("/challenges/" + challenge + "/bids/" + szuBid + "/accept").then().statusCode(200)
                .body("bid.status", equalTo("ACCEPTED")).body("cooperation.fields.kind", equalTo("JOINT_PROJECT"))
                .extract().path("cooperation.id");
        // accepting again is the same acceptance; accepting another bid is refused
        ListItemLifecycleTest.as(owner).body("{\"cooperationName\": \"" + NAME + "\"}")
                .post("/challenges/" + challenge + "/bids/" + szuBid + "/accept").then().statusCode(200)
                .body("cooperation.id", equalTo(cooperation));
        String hitBid = ListItemLifecycleTest.as(hit).get("/challenges/" + challenge + "/bids").then().extract().path("[0].id");
        ListItemLifecycleTest.as(owner).body("{\"cooperationName\": \"" + NAME + "\"}")
                .post("/challenges/" + challenge + "/bids/" + hitBid + "/accept").then().statusCode(409)
                .body("code", equalTo("ANOTHER_BID_ACCEPTED"));
        ListItemLifecycleTest.as(szu).body(BID).post("/challenges/" + challenge + "/bids").then().statusCode(409);

        ListItemLifecycleTest.as(szu).get("/cooperations/" + cooperation).then().statusCode(200)
                .body("fields.partyOrganisationIds", contains(enterprise, "uni-szu"));
    }

    @Test
    void concurrentAcceptsOfDifferentBidsLetExactlyOneWin() throws Exception {
        String enterprise = "ent-" + UUID.randomUUID();
        String challenge = publishedChallenge(enterprise);
        String owner = Tokens.enterprise(enterprise, "440300");
        List<String> bidIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bidIds.add(ListItemLifecycleTest.as(Tokens.university("uni-race-" + i, "440300")).body(BID)
                    .post("/challenges/" + challenge + "/bids").then().statusCode(201).extract().path("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (String bidId : bidIds) {
            results.add(pool.submit(() -> ListItemLifecycleTest.as(owner).body("{\"cooperationName\": \"" + NAME + "\"}")
                    .post("/challenges/" + challenge + "/bids/" + bidId + "/accept").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses: " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
    }

    /**
     * A park admin cannot open a cooperation in another park's name, nor make parties of organisations that never
     * agreed: one for its own park stays proposed, reports nothing, and cannot be nominated as a typical case.
     */
    @Test
    void nobodyRecordsACooperationInOtherOrganisationsNames() {
        String admin = Tokens.parkAdmin("HTZ-440300-01", "440300");
        String body = """
                {"name": "'百园百校万企'创新合作行动——无人同意的合作", "kind": "JOINT_PROJECT", "regionCode": "440305",
                 "parkId": "%s", "partyOrganisationIds": ["nobody-1", "nobody-2"], "startedOn": "2024-09-01"}""";
        ListItemLifecycleTest.as(admin).body(body.formatted("HTZ-440100-01")).post("/cooperations")
                .then().statusCode(403).body("code", equalTo("OTHER_PARK"));
        // a cooperation has a counterpart: one party alone, or a party twice, is not one
        String alone = Tokens.university("uni-alone", "440300");
        ListItemLifecycleTest.as(alone).body(body.formatted("HTZ-440300-01").replace("[\"nobody-1\", \"nobody-2\"]", "[\"uni-alone\"]"))
                .post("/cooperations").then().statusCode(400).body("field", equalTo("partyOrganisationIds"));
        ListItemLifecycleTest.as(alone).body(body.formatted("HTZ-440300-01").replace("[\"nobody-1\", \"nobody-2\"]", "[\"uni-alone\", \"uni-alone\"]"))
                .post("/cooperations").then().statusCode(400).body("code", equalTo("DUPLICATE_PARTY"));
        String cooperation = ListItemLifecycleTest.as(admin).body(body.formatted("HTZ-440300-01")).post("/cooperations")
                .then().statusCode(201).body("status", equalTo("PROPOSED")).body("confirmedBy", hasSize(0)).extract().path("id");
        ListItemLifecycleTest.as(admin).body("{\"asOf\": \"2024-12-01\", \"contractsSigned\": 9, \"contractAmountYuan\": 90000000}")
                .post("/cooperations/" + cooperation + "/outcomes").then().statusCode(403).body("code", equalTo("NOT_A_PARTY"));
        ListItemLifecycleTest.as(admin).post("/cooperations/" + cooperation + "/confirm")
                .then().statusCode(403).body("code", equalTo("NOT_A_PARTY"));
        ListItemLifecycleTest.as(Tokens.university("nobody-1", "440300")).body("{\"date\": \"2024-10-08\", \"text\": \"x\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(409).body("code", equalTo("NOT_CONFIRMED"));
        ListItemLifecycleTest.as(admin).body("{\"cooperationId\": \"" + cooperation + "\", \"description\": \"成效显著\"}").post("/typical-cases")
                .then().statusCode(409).body("code", equalTo("NOT_CONFIRMED"));
    }

    @Test
    void partiesReportProgressAndOutcomesThatAreNeverEdited() {
        String party = Tokens.university("uni-coop", "440300");
        String cooperation = ListItemLifecycleTest.as(party).body("""
                {"name": "'百园百校万企'创新合作行动——固态电池成果转化", "kind": "TRANSFER", "regionCode": "440305",
                 "parkId": "HTZ-440300-01", "partyOrganisationIds": ["uni-coop", "ent-battery"],
                 "startedOn": "2024-09-01"}""").post("/cooperations").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("confirmedBy", contains("uni-coop")).extract().path("id");
        // nothing is reported before every party has confirmed
        ListItemLifecycleTest.as(party).body("{\"date\": \"2024-10-08\", \"text\": \"完成中试线安装\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(409).body("code", equalTo("NOT_CONFIRMED"));
        ListItemLifecycleTest.as(Tokens.enterprise("ent-battery", "440300")).post("/cooperations/" + cooperation + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        ListItemLifecycleTest.as(Tokens.enterprise("ent-battery", "440300")).post("/cooperations/" + cooperation + "/confirm")
                .then().statusCode(200).body("confirmedBy", contains("uni-coop", "ent-battery"));

        String first = ListItemLifecycleTest.as(party).body("{\"date\": \"2024-10-08\", \"text\": \"完成中试线安装\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(Tokens.enterprise("ent-battery", "440300"))
                .body("{\"date\": \"2024-10-09\", \"text\": \"更正：中试线安装于10月9日完成\", \"correctsId\": \"" + first + "\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(201).body("correctsId", equalTo(first));
        ListItemLifecycleTest.as(party).body("{\"date\": \"2024-10-10\", \"text\": \"x\", \"correctsId\": \"prg_none\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(400).body("code", equalTo("UNKNOWN_ENTRY"));
        ListItemLifecycleTest.as(Tokens.university("uni-stranger", "440300")).body("{\"date\": \"2024-10-10\", \"text\": \"x\"}")
                .post("/cooperations/" + cooperation + "/progress").then().statusCode(404);

        ListItemLifecycleTest.as(party).body("""
                {"asOf": "2024-12-01", "contractsSigned": 2, "contractAmountYuan": 12000000, "patents": 3,
                 "products": 1, "peopleTrained": 15}""").post("/cooperations/" + cooperation + "/outcomes").then().statusCode(201);
        ListItemLifecycleTest.as(party).body("{\"asOf\": \"2024-12-01\", \"contractsSigned\": 1, \"contractAmountYuan\": 1.5}")
                .post("/cooperations/" + cooperation + "/outcomes").then().statusCode(400).body("field", equalTo("contractAmountYuan"));

        ListItemLifecycleTest.as(Tokens.authority("SCIENCE", "440000")).get("/cooperations/" + cooperation + "/progress")
                .then().statusCode(200).body("text", contains("完成中试线安装", "更正：中试线安装于10月9日完成"));
        ListItemLifecycleTest.as(Tokens.parkAdmin("HTZ-440300-01", "440300")).get("/cooperations/" + cooperation + "/outcomes")
                .then().statusCode(200).body("contractAmountYuan", contains(12000000));
        ListItemLifecycleTest.as(party).get("/cooperations/" + cooperation).then().statusCode(200)
                .body("lastProgressOn", equalTo("2024-10-09"));
        ListItemLifecycleTest.as(Tokens.parkAdmin("HTZ-440300-01", "440300")).queryParam("parkId", "HTZ-440300-01").get("/cooperations")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(cooperation));
        ListItemLifecycleTest.as(Tokens.parkAdmin("HTZ-440100-01", "440100")).queryParam("parkId", "HTZ-440300-01").get("/cooperations")
                .then().statusCode(403);
    }
}
