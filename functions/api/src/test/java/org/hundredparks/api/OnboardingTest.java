package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.hundredparks.identity.Domain;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.WeChatStandIn;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.signin.Invitations;
import org.junit.jupiter.api.Test;

/**
 * A region onboards with nothing but platform tokens: the operator founds a ministry department; its person
 * registers a province's authority and invites its first person; the authority registers a university and a park
 * and invites theirs; the park's admin registers an enterprise, which is then its member. What each may do rests on
 * the records, and suspending an organisation ends its people's sessions. Every step leaves an audit entry the
 * authorities above can read.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class OnboardingTest {

    private static final WeChatStandIn WECHAT = LocalAwsStack.shared().wechat();

    @Inject
    Invitations invitations;

    @Test
    void fromTheMinistryDownEveryOrganisationIsRegisteredInvitedAndAnsweredForByTheOneAbove() throws Exception {
        invitations.found("miit-onb", "工业和信息化部科技司", Domain.INDUSTRY, Hashes.sha256("MINISTRYCODE2345"));
        String ministry = person("o-onb-ministry", "ministrycode2345").getString("accessToken"); // codes are read in capitals
        // once the department's people sign in, the operator's message brings no one else in
        Refusal again = assertThrows(Refusal.class, () -> invitations.found("miit-onb", "工业和信息化部科技司", Domain.INDUSTRY,
                Hashes.sha256("ANOTHERCODE23456")));
        assertEquals("ORGANISATION_HAS_PEOPLE", again.code());

        // the ministry registers Guangdong's industry authority and invites its first person
        as(ministry).body("{\"id\": \"gd-gxt-onb\", \"kind\": \"PROVINCE_AUTHORITY\", \"name\": \"广东省工业和信息化厅\", \"regionCode\": \"440000\","
                + " \"domain\": \"INDUSTRY\"}").post("/organisations").then().statusCode(201).body("domain", equalTo("INDUSTRY"));
        String authority = person("o-onb-authority", invite(ministry, "gd-gxt-onb")).getString("accessToken");

        // the authority registers a university and a park of its province, and invites their people
        as(authority).body(WeChatSignInTest.university("uni-onb", "440305")).post("/organisations").then().statusCode(201);
        as(authority).body("{\"id\": \"HTZ-440300-01\", \"kind\": \"PARK\"}").post("/organisations").then().statusCode(201)
                .body("regionCode", equalTo("440300"));
        JsonPath university = person("o-onb-university", invite(authority, "uni-onb"));
        JWTClaimsSet claims = SignedJWT.parse(university.getString("accessToken")).getJWTClaimsSet();
        assertEquals(List.of("UNIVERSITY"), claims.getStringListClaim("groups"), "the role of the organisation's kind");
        assertEquals("440305", claims.getStringClaim("region"), "the region of the organisation's record");
        as(university.getString("accessToken")).body(Samples.achievement("入驻后提交的成果", "440305")).post("/achievements").then().statusCode(201);
        String park = person("o-onb-park", invite(authority, "HTZ-440300-01")).getString("accessToken");

        // the park's admin registers an enterprise, which is its member: the park may write its profile
        as(park).body("{\"id\": \"ent-onb\", \"kind\": \"ENTERPRISE\", \"name\": \"深圳某储能科技有限公司\", \"regionCode\": \"440305\","
                + " \"uscc\": \"" + EnterprisesTest.USCC + "\", \"industryCode\": \"C3841\"}").post("/organisations").then().statusCode(201)
                .body("parkId", equalTo("HTZ-440300-01"));
        as(park).body(EnterprisesTest.profile(EnterprisesTest.USCC, "储能变流器").replace("\"regionCode\": \"440305\"",
                "\"regionCode\": \"440305\", \"parkId\": \"HTZ-440300-01\"")).put("/enterprises/ent-onb").then().statusCode(201);
        as(park).body("{}").post("/organisations/uni-onb/suspend").then().statusCode(403).body("code", equalTo("NOT_ABOVE"));

        // suspended: the university's token stops at the next request, and it cannot sign in again until reinstated
        as(authority).post("/organisations/uni-onb/suspend").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as(university.getString("accessToken")).get("/reminders").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        WeChatSignInTest.signIn(WECHAT.login("o-onb-university", null)).then().statusCode(401).body("code", equalTo("ORGANISATION_SUSPENDED"));
        WeChatSignInTest.refresh(university.getString("refreshToken")).then().statusCode(401).body("code", equalTo("ORGANISATION_SUSPENDED"));
        as(authority).post("/organisations/uni-onb/reinstate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        WeChatSignInTest.signIn(WECHAT.login("o-onb-university", null)).then().statusCode(200).body("person.organisationId", equalTo("uni-onb"));
        // the sessions the suspension ended stay ended
        as(university.getString("accessToken")).get("/reminders").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        WeChatSignInTest.refresh(university.getString("refreshToken")).then().statusCode(401).body("code", equalTo("SESSION_ENDED"));

        // the audit trail: the authority reads its province's, the park its members', the university its own
        List<String> province = as(authority).queryParam("regionCode", "440000").queryParam("limit", 100).get("/audit").then().statusCode(200)
                .extract().jsonPath().getList("entries.findAll { it.organisationId == 'uni-onb' }.action");
        assertEquals(List.of("SIGNED_IN", "ORGANISATION_REINSTATED", "ORGANISATION_SUSPENDED", "BOUND", "INVITATION_ISSUED",
                "ORGANISATION_REGISTERED"), province);
        as(park).queryParam("parkId", "HTZ-440300-01").get("/audit").then().statusCode(200)
                .body("entries.findAll { it.organisationId == 'ent-onb' }.action", hasItems("ORGANISATION_REGISTERED"));
        as(ministry).queryParam("organisationId", "gd-gxt-onb").get("/audit").then().statusCode(200)
                .body("entries.action", hasItems("BOUND", "INVITATION_ISSUED", "ORGANISATION_REGISTERED"));
        as(Tokens.authority("INDUSTRY", "320000")).queryParam("organisationId", "uni-onb").get("/audit").then().statusCode(403)
                .body("code", equalTo("NOT_ABOVE"));
    }

    private static String invite(String token, String organisationId) {
        return as(token).body("{}").post("/organisations/" + organisationId + "/invitations").then().statusCode(201).extract().path("code");
    }

    /** A fresh WeChat user signs in, binds with the invitation and gets the platform's tokens. */
    private static JsonPath person(String openid, String invitation) {
        String ticket = WeChatSignInTest.signIn(WECHAT.login(openid, null)).then().statusCode(200).extract().path("bindingTicket");
        return WeChatSignInTest.bind(ticket, invitation).then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return ListItemLifecycleTest.as(token);
    }
}
