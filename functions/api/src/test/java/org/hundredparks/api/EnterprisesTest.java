package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.Test;

/** Enterprise profiles over HTTP: saved by the enterprise, idempotent, validated field by field, contact shown only to its own. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class EnterprisesTest {

    private static final String USCC = "91440300MA5F00003" + Uscc.checkCharacter("91440300MA5F00003");

    private static String profile(String uscc, String products) {
        return """
                {"name": "深圳某储能科技有限公司", "uscc": "%s", "industryCode": "C3841", "technologyFields": ["新能源"],
                 "mainProducts": "%s", "description": "需要储能电池热管理技术", "keywords": ["储能"], "regionCode": "440305",
                 "contact": {"name": "王经理", "mobile": "13712345678"}}""".formatted(uscc, products);
    }

    @Test
    void anEnterpriseKeepsItsProfileAndOthersSeeItWithoutTheContact() {
        String owner = Tokens.enterprise("ent-profile", "440300");
        ListItemLifecycleTest.as(owner).body(profile(USCC, "锂电池储能系统")).put("/enterprises/ent-profile")
                .then().statusCode(201).body("version", equalTo(1));
        // the same profile again (a retry): nothing changes, and it answers as the first time did
        ListItemLifecycleTest.as(owner).body(profile(USCC, "锂电池储能系统")).put("/enterprises/ent-profile")
                .then().statusCode(201).body("version", equalTo(1));
        ListItemLifecycleTest.as(owner).body(profile(USCC, "锂电池储能系统、储能变流器")).put("/enterprises/ent-profile")
                .then().statusCode(200).body("version", equalTo(2)).body("fields.mainProducts", equalTo("锂电池储能系统、储能变流器"));

        ListItemLifecycleTest.as(owner).body(profile("91440300MA5F000030", "x")).put("/enterprises/ent-profile")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_USCC")).body("field", equalTo("uscc"));
        ListItemLifecycleTest.as(Tokens.enterprise("ent-other", "440300")).body(profile(USCC, "x")).put("/enterprises/ent-profile")
                .then().statusCode(403).body("code", equalTo("NOT_OWNER"));
        ListItemLifecycleTest.as(Tokens.enterprise("ent-profile", "110000")).body(profile(USCC, "x")).put("/enterprises/ent-profile")
                .then().statusCode(403).body("code", equalTo("OTHER_REGION"));

        String university = Tokens.university("uni-profile", "440300");
        ListItemLifecycleTest.as(university).get("/enterprises/ent-profile").then().statusCode(200)
                .body("fields.name", equalTo("深圳某储能科技有限公司"))
                .body("fields.contact.mobile", not(equalTo("13712345678")));
        ListItemLifecycleTest.as(owner).get("/enterprises/ent-profile").then().statusCode(200)
                .body("fields.contact.mobile", equalTo("13712345678"));
        ListItemLifecycleTest.as(university).get("/enterprises/ent-profile/matches").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        ListItemLifecycleTest.as(Tokens.enterprise("ent-other", "440300")).get("/enterprises/ent-profile/matches").then().statusCode(403)
                .body("code", equalTo("MATCHES_NOT_VISIBLE"));
        ListItemLifecycleTest.as(owner).get("/enterprises/ent-profile/matches").then().statusCode(200)
                .body("itemId", equalTo("ent-profile"));
        ListItemLifecycleTest.as(owner).get("/enterprises/nobody").then().statusCode(404);
    }
}
