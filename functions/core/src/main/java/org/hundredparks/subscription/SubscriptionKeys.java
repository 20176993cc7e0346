package org.hundredparks.subscription;

import java.util.List;
import org.hundredparks.storage.RecordLayout;

/** The keys of subscriptions and of WeChat's shared access token; others reach them through {@link Subscriptions}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class SubscriptionKeys {

    static final String ACCESS_TOKEN = "WECHAT_ACCESS_TOKEN";

    private SubscriptionKeys() {
    }

    static String person(String personId) {
        return "SUBSCRIPTION#" + personId;
    }

    static String template(String templateId) {
        return "TEMPLATE#" + templateId;
    }

    static String accessToken(String appId) {
        return "WECHAT_ACCESS_TOKEN#" + appId;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("subscription (订阅消息)", person("<personId>"), template("<templateId>"),
                    "a person's unused acceptances of a template (`accepted`, 0 to the cap; a message uses one), and their last answer"),
            RecordLayout.of("WeChat access token", accessToken("<appId>"), ACCESS_TOKEN,
                    "the mini-program's access token shared by every container, with its expiry and the lease of the one refreshing it"));
}
