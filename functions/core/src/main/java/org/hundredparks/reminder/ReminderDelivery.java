package org.hundredparks.reminder;

import java.util.List;

/**
 * Where a new reminder goes besides the inbox: the people it reaches and how one of them is sent it (the
 * subscription package's WeChat messages). {@link ReminderService} claims each person's delivery on the reminder
 * before calling {@link #deliver}, so a repeated run never sends a reminder to a person twice. Without a channel
 * ({@link #INBOX_ONLY}) the inbox is the only one.
 */
public interface ReminderDelivery {

    ReminderDelivery INBOX_ONLY = new ReminderDelivery() {
        @Override
        public List<String> recipients(Audience audience) {
            return List.of();
        }

        @Override
        public Delivery deliver(Reminder reminder, String personId) {
            throw new IllegalStateException("the inbox has no recipients to deliver to");
        }
    };

    /** Whom a reminder is addressed to: a person (the token subject), an organisation, or a province's authorities. */
    record Audience(Kind kind, String id) {
        public enum Kind { PERSON, ORGANISATION, PROVINCE }
    }

    /** The people (ids) an audience's reminders reach outside the inbox. */
    List<String> recipients(Audience audience);

    /**
     * Sends a reminder to one person; called once for a reminder and person, unless it answers null: nothing was tried
     * (the channel is down), and a later run may call again.
     */
    Delivery deliver(Reminder reminder, String personId);
}
