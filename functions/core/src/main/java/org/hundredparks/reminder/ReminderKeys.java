package org.hundredparks.reminder;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of reminders and read marks; others read them through {@link ReminderService}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class ReminderKeys {

    static final String READ = "READ";

    private ReminderKeys() {
    }

    // audiences: whom a reminder is addressed to

    static String person(String subject) {
        return "USER#" + subject;
    }

    static String organisation(String organisationId) {
        return "ORG#" + organisationId;
    }

    static String province(String provinceCode) {
        return "PROVINCE#" + provinceCode;
    }

    static String inbox(String audience) {
        return "INBOX#" + audience;
    }

    static String reminder(String id) {
        return "REMINDER#" + id;
    }

    static String created(Object createdAt, String id) {
        return createdAt + "#" + id;
    }

    static String readMark(String reader, String reminderId) {
        return "READ#" + reader + "#" + reminderId;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("reminder", inbox("<audience>"), reminder("<id>"),
                    "an inbox newest first; audience `" + person("<subject>") + "`, `" + organisation("<organisationId>") + "` or `"
                            + province("<2 digits>") + "`; the id hashes audience, subject and offset, so a reminder exists once",
                    in(TableDesign.RANKED, inbox("<audience>"), created("<createdAt>", "<id>"))),
            RecordLayout.of("read mark", readMark("<reader>", "<reminderId>"), READ,
                    "who read what, one per person (or organisation) and reminder; the first time stands"));
}
