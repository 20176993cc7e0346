package org.hundredparks.subscription;

import java.util.Map;

/**
 * 订阅消息: one message of a template to one WeChat user, allowed by one acceptance of that template. {@code data} is
 * the template's fields by name, their values as WeChat shows them; {@code page} opens in the mini-program on a tap.
 */
public record SubscriptionMessage(String toOpenid, String templateId, String page, Map<String, String> data) {
}
