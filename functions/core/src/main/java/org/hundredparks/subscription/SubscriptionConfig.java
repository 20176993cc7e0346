package org.hundredparks.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The mini-program's subscription message for reminders: the template an operator picked in the mini-program's
 * console (订阅消息 → 我的模板, a "待办事项提醒" kind of template with a thing, a date and a thing field), the names its
 * fields have there, and the page a tap opens. Without a template id no message is sent and reminders stay in the inbox.
 */
@ConfigMapping(prefix = "hundredparks.wechat.subscription")
public interface SubscriptionConfig {

    /** The reminder template's id; unset: subscription messages are off. */
    Optional<String> reminderTemplateId();

    /** The template's field for what is due (a {@code thing}: 20 characters at most). */
    @WithDefault("thing1")
    String titleField();

    /** The template's field for the due date (a {@code date}). */
    @WithDefault("date2")
    String dueField();

    /** The template's field for how far off or late it is (a {@code thing}). */
    @WithDefault("thing3")
    String noteField();

    /** The mini-program page a tap on the message opens; the reminder's id is added as {@code ?id=}. */
    @WithDefault("pages/reminders/index")
    String page();

    /** Which version of the mini-program the tap opens: {@code formal}, {@code trial} or {@code developer}. */
    @WithDefault("formal")
    String miniprogramState();

    /** After WeChat could not be reached, how long a run leaves the rest of its messages to a later run. */
    @WithDefault("PT1M")
    java.time.Duration unreachablePause();

    /** How many unused acceptances of one template a person may hold (each allows one message). */
    @WithDefault("50")
    int maxAcceptances();
}
