package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.WeChatStandIn;
import org.hundredparks.reminder.ReminderService;
import org.junit.jupiter.api.Test;

/**
 * Reminders as WeChat subscription messages, through the API and the WeChat stand-in: a person reports an acceptance,
 * a reminder falls due and exactly one message reaches WeChat with the template's fields; a repeated run sends nothing;
 * an expired access token is renewed once; a person who turned messages down, or accepted none, gets none, and the
 * reminder says so.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class SubscriptionMessagesTest {

    private static final WeChatStandIn WECHAT = LocalAwsStack.shared().wechat();
    private static final String TEMPLATE = "tmpl-local-reminder";

    @Inject
    ReminderService reminders;

    @Test
    void anAcceptedReminderReachesThePersonOnceAndAnExpiredTokenIsRenewedOnce() {
        String person = person("ent-sub-1", "openid-sub-1");
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().statusCode(200)
                .body("templateId", equalTo(List.of(TEMPLATE))).body("[0].accepted", equalTo(0));
        accept(person).then().statusCode(200).body("[0].accepted", equalTo(1)).body("[0].lastAnswer", equalTo("accept"));
        String id = publishedChallenge(person, "高压碳化硅功率模块封装散热与可靠性攻关", "2025-05-20");

        int messages = WECHAT.messages().size();
        reminders.run(Instant.parse("2025-05-12T18:00:00Z")); // 02:00 on 13 May in Beijing: 7 days before the deadline
        List<WeChatStandIn.Message> sent = WECHAT.messages().subList(messages, WECHAT.messages().size());
        assertEquals(1, sent.size(), "one message: " + sent);
        WeChatStandIn.Message message = sent.get(0);
        assertEquals("openid-sub-1", message.touser());
        assertEquals(TEMPLATE, message.templateId());
        assertEquals("developer", message.miniprogramState());
        assertEquals(Map.of("thing1", "榜单“高压碳化硅功率模块封装散热与可靠…", "date2", "2025年5月20日", "thing3", "还有7天截止"), message.data(),
                "the title cut to WeChat's 20 characters");
        String reminderId = ListItemLifecycleTest.as(person).get("/reminders").then().statusCode(200)
                .body("find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -7 }.delivery.status", equalTo("SENT"))
                .extract().path("find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -7 }.id");
        assertEquals("pages/reminders/index?id=" + reminderId, message.page());
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().body("[0].accepted", equalTo(0));

        // the schedule fires again, with an acceptance there to use: nothing more is sent, the acceptance stays
        accept(person).then().statusCode(200).body("[0].accepted", equalTo(1));
        reminders.run(Instant.parse("2025-05-12T18:00:00Z"));
        assertEquals(messages + 1, WECHAT.messages().size(), "a repeated run sends nothing");
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().body("[0].accepted", equalTo(1));

        // two hours later WeChat's token is over: the next message renews it once and goes
        int callsBefore = WECHAT.stableTokenCalls();
        WECHAT.expireAccessToken();
        reminders.run(Instant.parse("2025-05-18T18:00:00Z")); // the day before the deadline
        assertEquals(messages + 2, WECHAT.messages().size());
        assertEquals("还有1天截止", WECHAT.messages().get(messages + 1).data().get("thing3"));
        assertEquals(callsBefore + 1, WECHAT.stableTokenCalls(), "one renewal");
    }

    @Test
    void aPersonWhoTurnedMessagesDownOrAcceptedNoneGetsNoneAndTheReminderSaysSo() {
        String person = person("ent-sub-2", "openid-sub-2");
        accept(person).then().statusCode(200);
        String id = publishedChallenge(person, "氢燃料电池催化剂", "2025-05-25");
        WECHAT.refuseMessagesTo("openid-sub-2");
        int messages = WECHAT.messages().size();

        reminders.run(Instant.parse("2025-05-17T18:00:00Z")); // 7 days before
        ListItemLifecycleTest.as(person).get("/reminders").then().statusCode(200)
                .body("find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -7 }.delivery.status", equalTo("REFUSED"))
                .body("find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -7 }.delivery.errcode", equalTo(43101));
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().body("[0].accepted", equalTo(0));

        reminders.run(Instant.parse("2025-05-23T18:00:00Z")); // the day before: no acceptance left
        ListItemLifecycleTest.as(person).get("/reminders").then()
                .body("find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -1 }.delivery.status", equalTo("NO_ACCEPTANCE"));
        assertEquals(messages, WECHAT.messages().size(), "nothing reached WeChat's users");
    }

    @Test
    void whileWeChatIsDownNothingIsUsedAndTheNextRunSends() {
        String person = person("ent-sub-4", "openid-sub-4");
        accept(person).then().statusCode(200);
        String id = publishedChallenge(person, "海上风电叶片检测", "2025-06-10");
        int messages = WECHAT.messages().size();
        WECHAT.expireAccessToken();
        WECHAT.tokenEndpointDown(true);
        try {
            reminders.run(Instant.parse("2025-06-02T18:00:00Z")); // 7 days before
        } finally {
            WECHAT.tokenEndpointDown(false);
        }
        String reminder = "find { it.subjectKey == 'CHALLENGE_DEADLINE#" + id + "' && it.offsetDays == -7 }";
        ListItemLifecycleTest.as(person).get("/reminders").then().statusCode(200).body(reminder + ".id", org.hamcrest.Matchers.notNullValue())
                .body(reminder + ".delivery", org.hamcrest.Matchers.nullValue());
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().body("[0].accepted", equalTo(1));
        assertEquals(messages, WECHAT.messages().size());

        reminders.run(Instant.parse("2025-06-02T18:00:00Z")); // the schedule's retry, WeChat back
        assertEquals(messages + 1, WECHAT.messages().size(), "the claim was given back: the retry sends");
        ListItemLifecycleTest.as(person).get("/reminders").then().body(reminder + ".delivery.status", equalTo("SENT"));
    }

    @Test
    void answersAreCheckedAndOnlyPeopleSubscribe() {
        String person = person("ent-sub-3", "openid-sub-3");
        ListItemLifecycleTest.as(person).body("{\"answers\": {\"tmpl-unknown\": \"accept\"}}").post("/wechat/subscriptions").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("UNKNOWN_TEMPLATE"));
        ListItemLifecycleTest.as(person).body("{\"answers\": {}}").post("/wechat/subscriptions").then().statusCode(400);
        ListItemLifecycleTest.as(person).body("{\"answers\": {\"" + TEMPLATE + "\": \"maybe\"}}").post("/wechat/subscriptions").then()
                .statusCode(400);
        // a ban in WeChat's settings: what was accepted is void
        accept(person).then().body("[0].accepted", equalTo(1));
        ListItemLifecycleTest.as(person).body("{\"answers\": {\"" + TEMPLATE + "\": \"acceptWithAudio\"}}").post("/wechat/subscriptions").then()
                .statusCode(200).body("[0].accepted", equalTo(2)).body("[0].lastAnswer", equalTo("acceptWithAudio"));
        ListItemLifecycleTest.as(person).body("{\"answers\": {\"" + TEMPLATE + "\": \"ban\"}}").post("/wechat/subscriptions").then()
                .statusCode(200).body("[0].accepted", equalTo(0)).body("[0].lastAnswer", equalTo("ban"));
        // a development token or a system is not a person with an openid
        ListItemLifecycleTest.as(Tokens.enterprise("ent-sub-3", "440300")).get("/wechat/subscriptions").then().statusCode(403)
                .body("code", equalTo("NOT_A_PERSON"));
        ListItemLifecycleTest.as(null).get("/wechat/subscriptions").then().statusCode(401);
        ListItemLifecycleTest.as(person).get("/wechat/subscriptions").then().body("$", hasSize(1));
    }

    /** A person of an enterprise, bound through WeChat with an invitation from a colleague: their access token. */
    @Test
    void aProvincesReminderReachesThePeopleOfItsAuthorities() {
        // 新疆 (65): no other test's people are there, so the messages counted are this test's own
        String colleague = Tokens.authority("SCIENCE", "650000");
        String person = person("auth-SCIENCE-650000", "openid-sub-province", colleague);
        accept(person).then().statusCode(200);
        int messages = WECHAT.messages().size();
        reminders.run(Instant.parse("2025-06-15T18:00:00Z")); // 16 June in Beijing: 14 days before the final reports are due
        List<WeChatStandIn.Message> sent = WECHAT.messages().subList(messages, WECHAT.messages().size()).stream()
                .filter(m -> m.touser().equals("openid-sub-province")).toList();
        assertEquals(1, sent.size(), "one message for the province's reminder: " + sent);
        assertEquals("总结评估报告报送", sent.get(0).data().get("thing1"));
        ListItemLifecycleTest.as(person).get("/reminders").then().statusCode(200)
                .body("find { it.subjectKey == 'FINAL_2025' && it.offsetDays == -14 }.delivery.status", equalTo("SENT"));
    }

    private static String person(String organisation, String openid) {
        return person(organisation, openid, Tokens.enterprise(organisation, "440300"));
    }

    private static String person(String organisation, String openid, String colleague) {
        String invitation = ListItemLifecycleTest.as(colleague).body("{}").post("/organisations/" + organisation + "/invitations").then()
                .statusCode(201).extract().path("code");
        String ticket = WeChatSignInTest.signIn(WECHAT.login(openid, null)).then().statusCode(200).extract().path("bindingTicket");
        return WeChatSignInTest.bind(ticket, invitation).then().statusCode(200).extract().path("accessToken");
    }

    private static io.restassured.response.Response accept(String person) {
        return ListItemLifecycleTest.as(person).body("{\"answers\": {\"" + TEMPLATE + "\": \"accept\"}}").post("/wechat/subscriptions");
    }

    private static String publishedChallenge(String person, String title, String deadline) {
        String id = ListItemLifecycleTest.as(person).body(Samples.challenge(title, "440305").replace("2025-06-30", deadline))
                .post("/challenges").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(person).post("/challenges/" + id + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(Tokens.ministry("INDUSTRY")).post("/challenges/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
