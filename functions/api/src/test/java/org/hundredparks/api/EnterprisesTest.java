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

    static final String USCC = "91440300MA5F00003" + Uscc.checkCharacter("91440300MA5F00003");

    static String profile(String uscc, String products) {
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

    /**
     * A park's admin writes the profile of an enterprise only once the enterprise asked to join the park and the
     * admin approved it: not of any id (a university's), not of an enterprise of another park; and the
     * enterprise keeps its own profile.
     */
    @Test
    void aParkAdminWritesOnlyItsMembersProfiles() {
        String admin = Tokens.parkAdmin("HTZ-440300-01", "440300");
        String enterprise = Tokens.enterprise("ent-member", "440300");
        String profile = profile(USCC, "储能变流器").replace("\"regionCode\": \"440305\"",
                "\"regionCode\": \"440305\", \"parkId\": \"HTZ-440300-01\"");
        ListItemLifecycleTest.as(admin).body(profile).put("/enterprises/uni-szu").then().statusCode(403).body("code", equalTo("NOT_A_MEMBER"));
        ListItemLifecycleTest.as(admin).body(profile).put("/enterprises/ent-member").then().statusCode(403).body("code", equalTo("NOT_A_MEMBER"));

        String request = "{\"parkId\": \"HTZ-440300-01\", \"name\": \"深圳某储能科技有限公司\", \"uscc\": \"" + USCC + "\"}";
        ListItemLifecycleTest.as(Tokens.enterprise("ent-other", "440300")).body(request).post("/organisations/ent-member/membership")
                .then().statusCode(403).body("code", equalTo("NOT_OWNER"));
        ListItemLifecycleTest.as(enterprise).body(request).post("/organisations/ent-member/membership").then().statusCode(200)
                .body("requestedParkId", equalTo("HTZ-440300-01")).body("parkId", equalTo(null)).body("kind", equalTo("ENTERPRISE"));
        ListItemLifecycleTest.as(enterprise).body(request.replace(USCC, "91440300MA5F000030")).post("/organisations/ent-member/membership")
                .then().statusCode(400).body("field", equalTo("uscc"));
        ListItemLifecycleTest.as(admin).body(profile).put("/enterprises/ent-member").then().statusCode(403).body("code", equalTo("NOT_A_MEMBER"));
        ListItemLifecycleTest.as(admin).get("/parks/HTZ-440300-01/members").then().statusCode(200)
                .body("find { it.id == 'ent-member' }.requestedParkId", equalTo("HTZ-440300-01"));

        ListItemLifecycleTest.as(Tokens.parkAdmin("HTZ-440100-01", "440100")).post("/parks/HTZ-440300-01/members/ent-member/approve")
                .then().statusCode(403).body("code", equalTo("OTHER_PARK"));
        ListItemLifecycleTest.as(admin).post("/parks/HTZ-440300-01/members/uni-szu/approve").then().statusCode(404);
        ListItemLifecycleTest.as(admin).post("/parks/HTZ-440300-01/members/ent-member/approve").then().statusCode(200)
                .body("parkId", equalTo("HTZ-440300-01")).body("requestedParkId", equalTo(null));
        ListItemLifecycleTest.as(admin).post("/parks/HTZ-440300-01/members/ent-member/approve").then().statusCode(200)
                .body("parkId", equalTo("HTZ-440300-01"));

        ListItemLifecycleTest.as(admin).body(profile).put("/enterprises/ent-member").then().statusCode(201);
        ListItemLifecycleTest.as(enterprise).body(profile.replace("储能变流器", "储能变流器、电池管理系统")).put("/enterprises/ent-member")
                .then().statusCode(200).body("fields.mainProducts", equalTo("储能变流器、电池管理系统"));
        ListItemLifecycleTest.as(Tokens.university("uni-any", "440300")).get("/organisations/ent-member").then().statusCode(200)
                .body("parkId", equalTo("HTZ-440300-01")).body("name", equalTo("深圳某储能科技有限公司"));
        // one park per enterprise
        ListItemLifecycleTest.as(enterprise).body(request.replace("HTZ-440300-01", "HTZ-440100-01")).post("/organisations/ent-member/membership")
                .then().statusCode(409).body("code", equalTo("ALREADY_A_MEMBER"));
    }
}
