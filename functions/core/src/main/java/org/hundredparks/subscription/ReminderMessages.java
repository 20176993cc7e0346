package org.hundredparks.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hundredparks.reminder.Delivery;
import org.hundredparks.reminder.Reminder;
import org.hundredparks.reminder.ReminderDelivery;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.signin.People;
import org.hundredparks.signin.Person;
import org.jboss.logging.Logger;

/**
 * Reminders as WeChat subscription messages: to each person the reminder is for (the person, or the people of the
 * organisation) who has an acceptance of the reminder template left. A message uses the acceptance up; WeChat's
 * 43101 (the person turned it down) voids the rest; a message WeChat did not take gives it back. An invalid access
 * token is renewed once and the message sent again. When WeChat cannot be reached, nothing more is tried for a
 * minute and those reminders are left to a later run. Reminders to a province's authorities stay in their inbox.
 */
public class ReminderMessages implements ReminderDelivery {

    private static final Logger LOG = Logger.getLogger(ReminderMessages.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** WeChat's limit for a {@code thing} field. */
    static final int THING = 20;

    private final SubscriptionConfig config;
    /** A province has a few authorities (education, science, industry, perhaps a development office): a bound. */
    private static final int AUTHORITIES = 20;

    private final People people;
    private final OrganisationService organisations;
    private final Subscriptions subscriptions;
    private final WeChatMessaging wechat;
    private final WeChatAccessToken accessToken;
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private final Object tokenWait = new Object();

    ReminderMessages(SubscriptionConfig config, People people, OrganisationService organisations, Subscriptions subscriptions,
            WeChatMessaging wechat,
            WeChatAccessToken accessToken, Clock clock) {
        this.config = config;
        this.people = people;
        this.organisations = organisations;
        this.subscriptions = subscriptions;
        this.wechat = wechat;
        this.accessToken = accessToken;
        this.clock = clock;
    }

    @Override
    public List<String> recipients(Audience audience) {
        if (config.reminderTemplateId().isEmpty()) {
            return List.of();
        }
        return switch (audience.kind()) {
            case PERSON -> people.findActive(audience.id()).map(p -> List.of(p.id())).orElse(List.of());
            case ORGANISATION -> people.activeOf(audience.id()).stream().map(Person::id).toList();
            case PROVINCE -> organisations.authoritiesOf(audience.id(), AUTHORITIES).stream()
                    .flatMap(authority -> people.activeOf(authority.id()).stream()).map(Person::id).toList();
        };
    }

    @Override
    public Delivery deliver(Reminder reminder, String personId) {
        String template = config.reminderTemplateId().orElseThrow();
        if (clock.instant().isBefore(pausedUntil)) {
            return null; // WeChat was unreachable a moment ago: leave this one to a later run rather than wait again
        }
        Optional<Person> person = people.findActive(personId).filter(p -> p.openid() != null);
        String token;
        synchronized (tokenWait) {
            // a run delivers to several people at once: when the token could not be had, the others do not each wait again
            if (clock.instant().isBefore(pausedUntil)) {
                return null;
            }
            try {
                token = accessToken.current();
            } catch (WeChatMessaging.Unavailable e) {
                pause(e);
                return null; // nothing used, nothing sent
            }
        }
        if (person.isEmpty() || !subscriptions.use(personId, template)) {
            return outcome(Delivery.Status.NO_ACCEPTANCE, template, null);
        }
        SubscriptionMessage message = message(reminder, person.get().openid(), template);
        try {
            WeChatMessaging.Sent sent = wechat.send(token, message);
            if (sent.tokenInvalid()) {
                String renewed;
                try {
                    renewed = accessToken.instead(token);
                } catch (WeChatMessaging.Unavailable e) {
                    pause(e);
                    subscriptions.giveBack(personId, template);
                    return null; // refused for its token, and no new one: nothing went out
                }
                sent = wechat.send(renewed, message);
            }
            if (sent.errcode() == 0) {
                return outcome(Delivery.Status.SENT, template, null);
            }
            if (sent.errcode() == 43101) {
                subscriptions.cancel(personId, template);
                return outcome(Delivery.Status.REFUSED, template, 43101);
            }
            LOG.warnf("reminder %s to %s: WeChat answered %d %s", reminder.id(), personId, sent.errcode(), sent.errmsg());
            subscriptions.giveBack(personId, template);
            return outcome(Delivery.Status.FAILED, template, sent.errcode());
        } catch (RuntimeException e) {
            // WeChat unreachable, or the table: the message may or may not have gone, so it is not tried again
            LOG.warnf(e, "reminder %s to %s: not known to be sent", reminder.id(), personId);
            if (e instanceof WeChatMessaging.Unavailable unavailable) {
                pause(unavailable);
            }
            try {
                subscriptions.giveBack(personId, template);
            } catch (RuntimeException alsoDown) {
                LOG.warnf(alsoDown, "reminder %s to %s: the acceptance could not be given back", reminder.id(), personId);
            }
            return outcome(Delivery.Status.FAILED, template, null);
        }
    }

    /** After WeChat could not be reached, the rest of the run does not wait on it again for a while (a minute). */
    private void pause(WeChatMessaging.Unavailable e) {
        LOG.warnf(e, "WeChat unavailable: subscription messages paused for %s", config.unreachablePause());
        pausedUntil = clock.instant().plus(config.unreachablePause());
    }

    /** The template's three fields in Chinese: what is due, when, and how far off or late it is. */
    SubscriptionMessage message(Reminder reminder, String openid, String template) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(config.titleField(), thing(reminder.title()));
        data.put(config.dueField(), reminder.due() == null ? "" : DATE.format(reminder.due()));
        data.put(config.noteField(), reminder.offsetDays() < 0 ? "还有" + -reminder.offsetDays() + "天截止"
                : "已逾期" + reminder.offsetDays() + "天，请尽快完成");
        return new SubscriptionMessage(openid, template, config.page() + "?id=" + reminder.id(), data);
    }

    private static String thing(String text) {
        return text.codePointCount(0, text.length()) <= THING ? text
                : text.substring(0, text.offsetByCodePoints(0, THING - 1)) + "…";
    }

    private Delivery outcome(Delivery.Status status, String template, Integer errcode) {
        return Delivery.of(status, template, errcode, clock.instant());
    }
}
