package org.hundredparks.reminder;

/**
 * Where a new reminder goes besides the inbox. The mini-program connects WeChat subscription messages
 * here; until then the inbox is the only channel ({@link #INBOX_ONLY}).
 */
public interface ReminderDelivery {

    ReminderDelivery INBOX_ONLY = reminder -> { };

    void deliver(Reminder reminder);
}
