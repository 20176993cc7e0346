package org.hundredparks.reminder;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of reminders and read marks; others read them through {@link ReminderService}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class ReminderKeys {

    static final String READ = "READ";
    /** The reminder's map of deliveries by person id: an entry is claimed (written only if absent) before sending. */
    static final String DELIVERIES = "deliveries";

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

    /** An audience key as whom it stands for: {@link #person}, {@link #organisation} or {@link #province}. */
    static ReminderDelivery.Audience audience(String audience) {
        int hash = audience.indexOf('#');
        ReminderDelivery.Audience.Kind kind = switch (audience.substring(0, hash + 1)) {
            case "USER#" -> ReminderDelivery.Audience.Kind.PERSON;
            case "ORG#" -> ReminderDelivery.Audience.Kind.ORGANISATION;
            case "PROVINCE#" -> ReminderDelivery.Audience.Kind.PROVINCE;
            default -> throw new IllegalArgumentException("not an audience: " + audience);
        };
        return new ReminderDelivery.Audience(kind, audience.substring(hash + 1));
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
                            + province("<2 digits>") + "`; the id hashes audience, subject and offset, so a reminder exists once; `"
                            + DELIVERIES + "`: each person's delivery outside the inbox, claimed before it is sent",
                    in(TableDesign.RANKED, inbox("<audience>"), created("<createdAt>", "<id>"))),
            RecordLayout.of("read mark", readMark("<reader>", "<reminderId>"), READ,
                    "who read what, one per person (or organisation) and reminder; the first time stands"));
}
