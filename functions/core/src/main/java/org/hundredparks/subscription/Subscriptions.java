package org.hundredparks.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Caller;
import org.hundredparks.platform.Refusal;
import org.hundredparks.signin.People;
import org.hundredparks.signin.Person;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.validation.InvalidInputException;

/**
 * People's one-time subscriptions: the mini-program asks a person ({@code wx.requestSubscribeMessage}) and reports the
 * answers; each acceptance of a template allows the platform one message of it. The count per person and template
 * goes up by one for each "accept" (to a cap) and down by one for each message sent; a "ban" (the person turned the
 * template off in WeChat's settings) sets it to nothing.
 */
public class Subscriptions {

    static final int MAX_ANSWERS = 10;

    /** A person's answer to one template, as {@code wx.requestSubscribeMessage} reports it. */
    @RegisterForReflection
    @Schema(name = "SubscriptionAnswer", description = "accept 同意（acceptWithAudio、acceptWithAlert、acceptWithForcePush 为带提醒方式的同意）；"
            + "reject 拒绝；ban 已在设置中关闭；filter 被后台过滤")
    public enum Answer {
        @JsonProperty("accept") ACCEPT,
        @JsonProperty("acceptWithAudio") ACCEPT_WITH_AUDIO,
        @JsonProperty("acceptWithAlert") ACCEPT_WITH_ALERT,
        @JsonProperty("acceptWithForcePush") ACCEPT_WITH_FORCE_PUSH,
        @JsonProperty("reject") REJECT,
        @JsonProperty("ban") BAN,
        @JsonProperty("filter") FILTER;

        /** Every kind of acceptance allows one message; the kinds differ only in how the phone announces it. */
        public boolean accepts() {
            return name().startsWith("ACCEPT");
        }
    }

    /** What the mini-program reports: the answer for each template it asked about (the success result without errMsg). */
    @RegisterForReflection
    @Schema(name = "SubscriptionAnswers", requiredProperties = "answers")
    public record Answers(@Schema(description = "模板编号 → 用户的选择（wx.requestSubscribeMessage 成功回调的结果，去掉 errMsg），至多10项",
            minProperties = 1, maxProperties = MAX_ANSWERS) Map<String, Answer> answers) {
    }

    /** A template the platform sends, and what the person has left of it. */
    @RegisterForReflection
    @Schema(name = "TemplateSubscription")
    public record TemplateSubscription(@Schema(description = "订阅消息模板编号，传给 wx.requestSubscribeMessage 的 tmplIds") String templateId,
            @Schema(description = "用途") String purpose,
            @Schema(description = "尚未用掉的同意次数：每次同意可收一条消息") int accepted,
            Answer lastAnswer, Instant answeredAt) {
    }

    private final RecordStore records;
    private final People people;
    private final Map<String, String> templates;
    private final int maxAcceptances;
    private final Clock clock;

    /** {@code templates}: the templates the platform sends, by id, with what each is for. */
    public Subscriptions(RecordStore records, People people, Map<String, String> templates, int maxAcceptances, Clock clock) {
        this.records = records;
        this.people = people;
        this.templates = new LinkedHashMap<>(templates);
        this.maxAcceptances = maxAcceptances;
        this.clock = clock;
    }

    /** The templates the platform sends and the caller's acceptances of each. */
    public List<TemplateSubscription> mine(Caller caller) {
        Person person = requirePerson(caller);
        List<TemplateSubscription> mine = new ArrayList<>();
        templates.forEach((id, purpose) -> {
            Optional<Item> stored = records.get(SubscriptionKeys.person(person.id()), SubscriptionKeys.template(id));
            mine.add(new TemplateSubscription(id, purpose, stored.flatMap(i -> i.number("accepted")).orElse(0L).intValue(),
                    stored.flatMap(i -> i.string("lastAnswer")).map(Answer::valueOf).orElse(null),
                    stored.flatMap(i -> i.string("answeredAt")).map(Instant::parse).orElse(null)));
        });
        return mine;
    }

    /** Records the caller's answers: each "accept" allows one more message of its template. */
    public List<TemplateSubscription> answer(Caller caller, Answers answers) {
        Person person = requirePerson(caller);
        if (answers == null || answers.answers() == null || answers.answers().isEmpty()) {
            throw new InvalidInputException("REQUIRED", "answers", "answers 不能为空");
        }
        if (answers.answers().size() > MAX_ANSWERS) {
            throw new InvalidInputException("TOO_MANY", "answers", "一次至多报告" + MAX_ANSWERS + "个模板");
        }
        for (Map.Entry<String, Answer> answer : answers.answers().entrySet()) {
            if (!templates.containsKey(answer.getKey())) {
                throw new InvalidInputException("UNKNOWN_TEMPLATE", "answers." + cut(answer.getKey()), "平台不发送该模板的消息");
            }
            if (answer.getValue() == null) {
                throw new InvalidInputException("REQUIRED", "answers." + cut(answer.getKey()), "缺少用户的选择");
            }
        }
        String pk = SubscriptionKeys.person(person.id());
        answers.answers().forEach((template, answer) -> {
            String sk = SubscriptionKeys.template(template);
            if (answer.accepts()) {
                records.add(pk, sk, "accepted", 1, 0, maxAcceptances); // at the cap an acceptance more changes nothing
            } else if (answer == Answer.BAN) {
                clear(pk, sk);
            }
            records.setAttribute(pk, sk, "lastAnswer", answer.name());
            records.setAttribute(pk, sk, "answeredAt", clock.instant().toString());
        });
        return mine(caller);
    }

    /** Uses one of a person's acceptances of a template; false when they have none. */
    boolean use(String personId, String templateId) {
        return records.add(SubscriptionKeys.person(personId), SubscriptionKeys.template(templateId), "accepted", -1, 0, maxAcceptances);
    }

    /** Gives back an acceptance a message did not use (WeChat did not take it). */
    void giveBack(String personId, String templateId) {
        records.add(SubscriptionKeys.person(personId), SubscriptionKeys.template(templateId), "accepted", 1, 0, maxAcceptances);
    }

    /** WeChat says the person no longer subscribes (43101): what the platform counted is void. */
    void cancel(String personId, String templateId) {
        clear(SubscriptionKeys.person(personId), SubscriptionKeys.template(templateId));
    }

    private void clear(String pk, String sk) {
        records.setNumber(pk, sk, "accepted", 0); // whatever a concurrent accept or use did: void
    }

    private Person requirePerson(Caller caller) {
        return people.findActive(caller.subject())
                .orElseThrow(() -> new Refusal(403, "NOT_A_PERSON", null, "只有微信登录的人员可以订阅消息"));
    }

    private static String cut(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
