package org.hundredparks.reminder;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a reminder reached one person outside the inbox (a WeChat subscription message): {@code SENDING} while it is
 * under way (and for good, if the run stopped right then: a message is never sent twice, so it is not tried again),
 * {@code SENT}, {@code REFUSED} (WeChat's 43101: the person turned the subscription down or off), {@code NO_ACCEPTANCE}
 * (the person had accepted no message of the template) or {@code FAILED} (WeChat's {@code errcode}, or none when
 * WeChat could not be reached).
 */
@RegisterForReflection
@Schema(name = "ReminderDelivery", description = "提醒经微信订阅消息送达本人的结果")
public record Delivery(Status status, String templateId, Integer errcode, Instant at) {

    @RegisterForReflection
    @Schema(name = "ReminderDeliveryStatus", description = "SENDING 发送中；SENT 已发送；REFUSED 用户拒收（43101）；NO_ACCEPTANCE 未订阅；FAILED 发送失败")
    public enum Status { SENDING, SENT, REFUSED, NO_ACCEPTANCE, FAILED }

    public static Delivery of(Status status, String templateId, Integer errcode, Instant at) {
        return new Delivery(status, templateId, errcode, at);
    }
}
