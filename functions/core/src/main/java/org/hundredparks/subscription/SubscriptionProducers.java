package org.hundredparks.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Map;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.reminder.ReminderDelivery;
import org.hundredparks.signin.People;
import org.hundredparks.signin.WeChatApps;
import org.hundredparks.signin.WeChatConfig;
import org.hundredparks.storage.RecordStore;

/** Wired where injected: the API (people's answers) and the reminders function (the messages). */
@ApplicationScoped
class SubscriptionProducers {

    @Produces
    @ApplicationScoped
    Subscriptions subscriptions(RecordStore records, People people, SubscriptionConfig config, Clock clock) {
        Map<String, String> templates = config.reminderTemplateId()
                .map(id -> Map.of(id, "待办提醒：行动计划、评估报告、合作进展与揭榜截止")).orElse(Map.of());
        return new Subscriptions(records, people, templates, config.maxAcceptances(), clock);
    }

    @Produces
    @ApplicationScoped
    ReminderDelivery reminderMessages(SubscriptionConfig config, People people, OrganisationService organisations, Subscriptions subscriptions,
            RecordStore records,
            WeChatConfig wechatConfig, WeChatApps.Source apps, Clock clock) {
        WeChatMessaging wechat = new WeChatMessagingHttp(wechatConfig.apiBaseUrl(), wechatConfig.timeout(), apps, config.miniprogramState());
        return new ReminderMessages(config, people, organisations, subscriptions, wechat,
                new WeChatAccessToken(records, wechat, () -> apps.get().appId(), clock), clock);
    }
}
