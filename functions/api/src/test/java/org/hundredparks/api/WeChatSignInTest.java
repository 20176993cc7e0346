package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.WeChatStandIn;
import org.junit.jupiter.api.Test;

/**
 * A person signs in from the mini-program through WeChat (the stand-in speaking jscode2session): a fresh openid
 * gets a binding ticket, binds with an invitation of its organisation, calls the API with the token the platform
 * issued, refreshes, has the old refresh token refused (and with it the whole sign-in), and once disabled is
 * refused at the next request.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class WeChatSignInTest {

    private static final WeChatStandIn WECHAT = LocalAwsStack.shared().wechat();

    @Test
    void aFreshOpenidBindsWithAnInvitationSignsInRefreshesAndIsRefusedOnceDisabled() {
        String colleague = Tokens.university("uni-wx", "440300");
        String invitation = ListItemLifecycleTest.as(colleague).body("{}").post("/organisations/uni-wx/invitations").then().statusCode(201)
                .body("role", equalTo("UNIVERSITY")).extract().path("code");

        String code = WECHAT.login("openid-wx-1", "unionid-wx-1");
        String ticket = signIn(code).then().statusCode(200).body("accessToken", nullValue()).extract().path("bindingTicket");
        signIn(code).then().statusCode(409).contentType("application/problem+json").body("code", equalTo("WECHAT_CODE_USED"));

        JsonPath bound = bind(ticket, invitation).then().statusCode(200).body("person.organisationId", equalTo("uni-wx"))
                .body("tokenType", equalTo("Bearer")).extract().jsonPath();
        String personId = bound.getString("person.id");
        // the ticket binds once (a replay mints nothing more); another openid cannot use the code
        bind(ticket, invitation).then().statusCode(401).body("code", equalTo("BINDING_TICKET_INVALID"));
        String otherTicket = signIn(WECHAT.login("openid-wx-2", null)).then().statusCode(200).extract().path("bindingTicket");
        bind(otherTicket, invitation).then().statusCode(409).body("code", equalTo("INVITATION_USED"));

        // the organisation has people now: only they invite into it, not the authority above
        ListItemLifecycleTest.as(Tokens.authority("EDUCATION", "440000")).body("{}")
                .post("/organisations/uni-wx/invitations").then().statusCode(403).body("code", equalTo("ORGANISATION_HAS_PEOPLE"));

        String access = bound.getString("accessToken");
        String item = ListItemLifecycleTest.as(access).body(Samples.achievement("微信登录后提交", "440305")).post("/achievements")
                .then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(colleague).get("/achievements/" + item).then().body("ownerOrganisationId", equalTo("uni-wx"));

        // signing in again: the bound person at once
        assertEquals(personId, signIn(WECHAT.login("openid-wx-1", "unionid-wx-1")).then().statusCode(200)
                .body("bindingTicket", nullValue()).extract().path("person.id"));

        // the desk: WeChat's website QR login finds the same person by the unionid; a user bound nowhere is told so
        assertEquals(personId, given().contentType(ContentType.JSON).body("{\"code\": \"" + WECHAT.webLogin("unionid-wx-1") + "\"}")
                .post("/auth/wechat/web").then().statusCode(200).body("tokenType", equalTo("Bearer")).extract().path("person.id"));
        given().contentType(ContentType.JSON).body("{\"code\": \"" + WECHAT.webLogin("unionid-nobody") + "\"}").post("/auth/wechat/web")
                .then().statusCode(404).body("code", equalTo("NOT_BOUND"));
        given().contentType(ContentType.JSON).body("{\"code\": \"web-forged\"}").post("/auth/wechat/web")
                .then().statusCode(400).body("code", equalTo("WECHAT_CODE_INVALID"));

        // refresh rotates; the old token used again ends the whole sign-in
        String first = bound.getString("refreshToken");
        String second = refresh(first).then().statusCode(200).body("accessToken", notNullValue()).extract().path("refreshToken");
        assertNotEquals(first, second);
        refresh(first).then().statusCode(401).body("code", equalTo("REFRESH_REUSED"));
        refresh(second).then().statusCode(401);

        ListItemLifecycleTest.as(colleague).post("/organisations/uni-wx/people/" + personId + "/disable").then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        ListItemLifecycleTest.as(access).get("/reminders").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        signIn(WECHAT.login("openid-wx-1", "unionid-wx-1")).then().statusCode(401).body("code", equalTo("PERSON_DISABLED"));
    }

    @Test
    void wechatsErrorsAreProblemsTheMiniProgramCanActOn() {
        signIn("no-such-code").then().statusCode(400).body("code", equalTo("WECHAT_CODE_INVALID")).body("field", equalTo("code"));
        signIn("rate-limited-1").then().statusCode(429).body("code", equalTo("WECHAT_RATE_LIMITED"));
        signIn("busy-1").then().statusCode(503).body("code", equalTo("WECHAT_BUSY"));
        given().contentType(ContentType.JSON).body("{}").post("/auth/wechat").then().statusCode(400).body("code", equalTo("WECHAT_CODE_INVALID"));
        bind("no-ticket", "ABCDEFGHJK").then().statusCode(401).body("code", equalTo("BINDING_TICKET_INVALID"));
        String ticket = signIn(WECHAT.login("openid-wx-3", null)).then().extract().path("bindingTicket");
        bind(ticket, "ABCDEFGHJK").then().statusCode(404).body("code", equalTo("INVITATION_INVALID"));
        // the authority above registers and invites within what it oversees only; an unregistered organisation has no invitation
        String authority = Tokens.authority("EDUCATION", "440000");
        ListItemLifecycleTest.as(authority).body("{}").post("/organisations/uni-beijing/invitations")
                .then().statusCode(404).body("code", equalTo("ORGANISATION_UNKNOWN"));
        ListItemLifecycleTest.as(authority).body(university("uni-beijing", "110108")).post("/organisations")
                .then().statusCode(403).body("code", equalTo("NOT_ABOVE"));
        ListItemLifecycleTest.as(authority).body(university("uni-new", "440305")).post("/organisations").then().statusCode(201)
                .body("createdBy", equalTo("auth-EDUCATION440000"));
        ListItemLifecycleTest.as(authority).body(university("uni-new", "440305")).post("/organisations").then().statusCode(200);
        String fresh = ListItemLifecycleTest.as(authority).body("{}").post("/organisations/uni-new/invitations")
                .then().statusCode(201).body("organisationId", equalTo("uni-new")).body("regionCode", equalTo("440305"))
                .body("role", equalTo("UNIVERSITY")).extract().path("code");
        String spare = ListItemLifecycleTest.as(authority).body("{}").post("/organisations/uni-new/invitations").then().statusCode(201)
                .extract().path("code");
        // a ministry registers authorities of its own domain only
        ListItemLifecycleTest.as(Tokens.ministry("INDUSTRY"))
                .body("{\"id\": \"gd-edu\", \"kind\": \"PROVINCE_AUTHORITY\", \"name\": \"广东省教育厅\", \"regionCode\": \"440000\", \"domain\": \"EDUCATION\"}")
                .post("/organisations").then().statusCode(403).body("code", equalTo("NOT_ABOVE"));
        ListItemLifecycleTest.as(Tokens.university("x".repeat(65), "440300")).body("{}").post("/organisations/" + "x".repeat(65) + "/invitations")
                .then().statusCode(400).body("code", equalTo("INVALID_ID"));

        // one identity per WeChat user: a unionid bound to one person cannot bind a second, and nothing is written
        String first = signIn(WECHAT.login("openid-wx-4", "unionid-wx-4")).then().extract().path("bindingTicket");
        bind(first, fresh).then().statusCode(200);
        // from above, only the first person: a second invitation issued before is void once someone signs in for it
        bind(signIn(WECHAT.login("openid-wx-6", null)).then().extract().path("bindingTicket"), spare).then().statusCode(409)
                .body("code", equalTo("ORGANISATION_HAS_PEOPLE"));
        String again = ListItemLifecycleTest.as(Tokens.university("uni-new2", "440300")).body("{}").post("/organisations/uni-new2/invitations")
                .then().statusCode(201).extract().path("code");
        String second = signIn(WECHAT.login("openid-wx-5", "unionid-wx-4")).then().extract().path("bindingTicket");
        bind(second, again).then().statusCode(409).body("code", equalTo("ALREADY_BOUND"));
        signIn(WECHAT.login("openid-wx-5", "unionid-wx-4")).then().statusCode(200).body("bindingTicket", notNullValue())
                .body("accessToken", nullValue());
    }

    static String university(String id, String regionCode) {
        return "{\"id\": \"" + id + "\", \"kind\": \"UNIVERSITY\", \"name\": \"某大学\", \"regionCode\": \"" + regionCode + "\"}";
    }

    static io.restassured.response.Response signIn(String code) {
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\"}").post("/auth/wechat");
    }

    static io.restassured.response.Response bind(String ticket, String invitation) {
        return given().contentType(ContentType.JSON).body("{\"bindingTicket\": \"" + ticket + "\", \"invitationCode\": \"" + invitation + "\"}")
                .post("/auth/wechat/bind");
    }

    static io.restassured.response.Response refresh(String token) {
        return given().contentType(ContentType.JSON).body("{\"refreshToken\": \"" + token + "\"}").post("/auth/refresh");
    }
}
