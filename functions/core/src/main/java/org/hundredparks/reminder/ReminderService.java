package org.hundredparks.reminder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.hundredparks.actionplan.ActionPlanService;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.ClockProducer;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.platform.SideBySide;
import org.hundredparks.reference.Milestone;
import org.hundredparks.reference.ProgrammeCalendar;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Regions;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportScope;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The daily reminder run and the inboxes. A run finds what is due or late on its day (China time): the
 * calendar's milestones for every province that has not done them, cooperations without a progress
 * update for {@code staleDays}, published challenges whose deadline is near; and writes each reminder
 * that falls on that day. A reminder's key is its audience, subject and offset, written only if absent,
 * so a schedule that fires twice, or a retried run, creates nothing twice.
 */
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    /** Before a due date a reminder falls 14, 7 and 1 days ahead; after it, while still not done, the day after and then weekly. */
    static final Set<Integer> BEFORE = Set.of(-14, -7, -1);
    /** A challenge's owner hears of its closing deadline this many days ahead, and the day before. */
    static final Set<Integer> CHALLENGE_OFFSETS = Set.of(-7, -1);
    /** Reminders written, and people reached, at once: each mostly waits on DynamoDB (and WeChat); one after the other, a run took the sum of their round trips. */
    private static final int SIDE_BY_SIDE = 8;

    private final RecordStore records;
    private final ListItemRepository items;
    private final CooperationService cooperations;
    private final ProgrammeCalendar calendar;
    private final ReminderDelivery delivery;
    private final Clock clock;
    private final int staleDays;

    public ReminderService(RecordStore records, ListItemRepository items, CooperationService cooperations,
            ProgrammeCalendar calendar, ReminderDelivery delivery, Clock clock, int staleDays) {
        this.records = records;
        this.items = items;
        this.cooperations = cooperations;
        this.calendar = calendar;
        this.delivery = delivery;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    /** What one run did: reminders created, and those that existed already (a repeated run). */
    public record Run(LocalDate day, int created, int existing) {
    }

    public Run run(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, ClockProducer.CHINA);
        List<Due> falling = new ArrayList<>();
        List<String> provinces = ReferenceData.get().provinces();
        for (Milestone milestone : calendar.milestones()) {
            int offset = (int) ChronoUnit.DAYS.between(milestone.due(), today);
            if (!remindsOn(offset)) {
                continue;
            }
            Set<String> done = done(milestone);
            for (String province : provinces) {
                if (!done.contains(province)) {
                    falling.add(new Due(ReminderKeys.province(province), milestone.key(), offset, milestone.title(), milestone.due()));
                }
            }
        }
        // quiet for at least staleDays − 14 days: the earliest reminder of the series is due
        for (Cooperation cooperation : cooperations.quietSince(today.minusDays(staleDays - 14))) {
            LocalDate last = cooperation.lastProgressOn() != null ? LocalDate.parse(cooperation.lastProgressOn())
                    : cooperation.fields().startedOn();
            LocalDate dueOn = last.plusDays(staleDays);
            int offset = (int) ChronoUnit.DAYS.between(dueOn, today);
            if (remindsOn(offset)) {
                for (String party : parties(cooperation)) {
                    // the person who opened it hears of it; the other parties as organisations
                    // keyed by the last update: a new update starts a new count
                    String audience = party.equals(cooperation.ownerOrganisationId())
                            ? personOrOrganisation(cooperation.createdBy(), party) : ReminderKeys.organisation(party);
                    falling.add(new Due(audience, "COOPERATION_PROGRESS#" + cooperation.id() + "#" + last, offset,
                            "合作“" + cooperation.fields().name() + "”进展填报", dueOn));
                }
            }
        }
        for (ListItem challenge : publishedChallenges()) {
            LocalDate deadline = ((ChallengeFields) challenge.fields()).deadline();
            int offset = deadline == null ? 0 : (int) ChronoUnit.DAYS.between(deadline, today);
            if (deadline != null && CHALLENGE_OFFSETS.contains(offset)) {
                falling.add(new Due(personOrOrganisation(challenge.createdBy(), challenge.ownerOrganisationId()),
                        "CHALLENGE_DEADLINE#" + challenge.id(), offset, "榜单“" + challenge.fields().title() + "”揭榜", deadline));
            }
        }
        // Each reminder's write and the look-up of whom it reaches are independent of the others: side by side. The
        // deliveries too, but each person's one after the other, in the order above (which reminders use up their
        // acceptances, and no two of their deliveries at once on their subscription counts).
        List<Written> written = SideBySide.all("reminder-run", SIDE_BY_SIDE,
                falling.stream().<Callable<Written>>map(due -> () -> write(due)).toList());
        Map<String, List<Reminder>> byPerson = new LinkedHashMap<>();
        for (Written w : written) {
            for (String person : w.recipients()) {
                if (!w.claimed().contains(person)) { // one read of the reminder saves a failed claim for each person reached before
                    byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(w.reminder());
                }
            }
        }
        SideBySide.all("reminder-run", SIDE_BY_SIDE, byPerson.entrySet().stream().<Callable<Void>>map(person -> () -> {
            person.getValue().forEach(reminder -> deliver(reminder, person.getKey()));
            return null;
        }).toList());
        int created = (int) written.stream().filter(w -> w.outcome() == Written.Outcome.CREATED).count();
        int existing = (int) written.stream().filter(w -> w.outcome() == Written.Outcome.EXISTING).count();
        int failed = written.size() - created - existing;
        LOG.infof("reminder run for %s: %d created, %d already there, %d not written", today, created, existing, failed);
        if (failed > 0) {
            // the schedule runs it again: what was written stays, what was claimed is not sent twice
            throw new IllegalStateException(failed + " reminders of " + today + " could not be written");
        }
        return new Run(today, created, existing);
    }

    /** A reminder that falls on the run's day: to whom, about what, how many days from its due date. */
    private record Due(String audience, String subjectKey, int offset, String title, LocalDate dueOn) {
    }

    /** A reminder as the run left it in the table, whom it reaches, and who was claimed for it by an earlier run. */
    private record Written(Outcome outcome, Reminder reminder, Set<String> claimed, List<String> recipients) {
        enum Outcome { CREATED, EXISTING, FAILED }
    }

    /**
     * The caller's reminders, newest first: those addressed to them, to their organisation and, for an
     * authority, to its province; each read or unread as this person marked it (a colleague's reading
     * leaves it unread for the others).
     */
    public List<Reminder> inbox(Caller caller, int limit) {
        List<Reminder> all = new ArrayList<>();
        for (String audience : audiences(caller)) {
            Page page = records.query(TableDesign.RANKED, ReminderKeys.inbox(audience), null, true, limit, null);
            page.items().forEach(item -> all.add(withDeliveryTo(read(item), item, caller.subject())));
        }
        all.sort(Comparator.comparing(Reminder::createdAt).reversed().thenComparing(Reminder::id));
        List<Reminder> newest = all.subList(0, Math.min(limit, all.size()));
        String reader = reader(caller);
        var marks = records.getAll(newest.stream().map(r -> ReminderKeys.readMark(reader, r.id())).toList(), ReminderKeys.READ);
        return newest.stream().map(r -> withReadAt(r, marks.get(ReminderKeys.readMark(reader, r.id())))).toList();
    }

    /** The caller's own delivery of a stored reminder, if it went to them. */
    private static Reminder withDeliveryTo(Reminder r, Item item, String subject) {
        AttributeValue deliveries = item.values().get(ReminderKeys.DELIVERIES);
        AttributeValue mine = subject == null || deliveries == null || !deliveries.hasM() ? null : deliveries.m().get(subject);
        return mine == null ? r : new Reminder(r.id(), r.audience(), r.subjectKey(), r.offsetDays(), r.title(), r.text(), r.due(),
                r.createdAt(), r.readAt(), Documents.read(mine, Delivery.class));
    }

    /** Marks a reminder of the caller's inbox read, for the caller; marking again keeps the first time. */
    public Reminder markRead(Caller caller, String id) {
        for (String audience : audiences(caller)) {
            Optional<Item> found = records.get(ReminderKeys.inbox(audience), ReminderKeys.reminder(id));
            if (found.isPresent()) {
                String mark = ReminderKeys.readMark(reader(caller), id);
                try {
                    records.create(Item.of(mark, ReminderKeys.READ).with("type", "REMINDER_READ").with("readAt", clock.instant().toString()));
                } catch (ConditionFailedException alreadyRead) {
                    // read before: the first time stands
                }
                return withReadAt(withDeliveryTo(read(found.get()), found.get(), caller.subject()),
                        records.get(mark, ReminderKeys.READ).orElseThrow());
            }
        }
        throw Refusal.notFound();
    }

    /** Whose read marks: the person's (the token subject), or the organisation's for a token without one. */
    private static String reader(Caller caller) {
        return personOrOrganisation(caller.subject(), caller.organisationId());
    }

    private static Reminder withReadAt(Reminder r, Item mark) {
        Instant readAt = mark == null ? null : mark.string("readAt").map(Instant::parse).orElse(null);
        return new Reminder(r.id(), r.audience(), r.subjectKey(), r.offsetDays(), r.title(), r.text(), r.due(), r.createdAt(), readAt,
                r.delivery());
    }

    /** A reminder about one person's record goes to that person, or to the organisation when unknown (older records). */
    private static String personOrOrganisation(String subject, String organisationId) {
        return subject != null ? ReminderKeys.person(subject) : ReminderKeys.organisation(organisationId);
    }

    static List<String> audiences(Caller caller) {
        List<String> audiences = new ArrayList<>();
        if (caller.subject() != null) {
            audiences.add(ReminderKeys.person(caller.subject()));
        }
        if (caller.organisationId() != null) {
            audiences.add(ReminderKeys.organisation(caller.organisationId()));
        }
        if (caller.role() == Role.PROVINCE_AUTHORITY && caller.provinceCode() != null) {
            audiences.add(ReminderKeys.province(caller.provinceCode()));
        }
        return audiences;
    }

    /**
     * Writes the reminder unless a run wrote it before (a repeated run reads whom that one claimed: what a stopped
     * run left unsent goes now, what it claimed stays as it is), and looks up whom it reaches. A failure here costs
     * this reminder, never the others.
     */
    private Written write(Due due) {
        String id = id(due.audience(), due.subjectKey(), due.offset());
        Reminder reminder = new Reminder(id, due.audience(), due.subjectKey(), due.offset(), due.title(),
                text(due.title(), due.dueOn(), due.offset()), due.dueOn(), clock.instant(), null, null);
        Written.Outcome outcome;
        Set<String> claimed = Set.of();
        try {
            try {
                records.create(item(reminder));
                outcome = Written.Outcome.CREATED;
            } catch (ConditionFailedException already) {
                outcome = Written.Outcome.EXISTING;
                claimed = records.get(ReminderKeys.inbox(due.audience()), ReminderKeys.reminder(id))
                        .map(item -> item.values().get(ReminderKeys.DELIVERIES)).filter(AttributeValue::hasM).map(m -> m.m().keySet())
                        .orElse(Set.of());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "reminder %s: not written", id);
            return new Written(Written.Outcome.FAILED, reminder, Set.of(), List.of());
        }
        try {
            return new Written(outcome, reminder, claimed, delivery.recipients(ReminderKeys.audience(due.audience())));
        } catch (RuntimeException e) {
            LOG.errorf(e, "reminder %s: whom it reaches not known; the inbox has it, and a later run delivers it", id);
            return new Written(outcome, reminder, claimed, List.of());
        }
    }

    /**
     * Sends a reminder to one of its recipients outside the inbox, once: the person's entry in the reminder's deliveries
     * is claimed before sending (the claim unique to this attempt), so a retried or repeated run skips whoever was
     * reached (or being reached) before. A channel that could not try (WeChat unreachable before anything was sent)
     * gives the claim back for a later run. A failure here costs this delivery, never the run.
     */
    private void deliver(Reminder reminder, String person) {
        String pk = ReminderKeys.inbox(reminder.audience());
        String sk = ReminderKeys.reminder(reminder.id());
        try {
            Delivery sending = Delivery.of(Delivery.Status.SENDING, null, null, clock.instant());
            AttributeValue claim = Documents.toAttribute(new Claim(sending, UUID.randomUUID().toString()));
            if (!records.claimEntry(pk, sk, ReminderKeys.DELIVERIES, person, claim)) {
                return;
            }
            Delivery outcome;
            try {
                outcome = delivery.deliver(reminder, person);
            } catch (RuntimeException e) {
                LOG.warnf(e, "reminder %s to %s: not delivered", reminder.id(), person);
                outcome = Delivery.of(Delivery.Status.FAILED, null, null, clock.instant());
            }
            if (outcome == null) {
                records.removeEntry(pk, sk, ReminderKeys.DELIVERIES, person);
            } else {
                records.setEntry(pk, sk, ReminderKeys.DELIVERIES, person, Documents.toAttribute(outcome));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "reminder %s to %s: delivery stopped; the inbox has it, and a later run delivers what was not claimed",
                    reminder.id(), person);
        }
    }

    /** A delivery's entry while it is under way: the delivery, and the attempt that claimed it. */
    @RegisterForReflection
    record Claim(@JsonUnwrapped Delivery delivery, String claim) {
    }

    static String text(String title, LocalDate due, int offset) {
        if (offset < 0) {
            return "【提醒】" + title + "：" + due + " 截止，还有" + (-offset) + "天。";
        }
        return "【逾期】" + title + "：" + due + " 截止，已逾期" + offset + "天，请尽快完成。";
    }

    /** The provinces that have done a milestone: for a plan, those whose plan for the period is in. */
    private Set<String> done(Milestone milestone) {
        Set<String> done = new HashSet<>();
        if (milestone.kind() == Milestone.Kind.ACTION_PLAN) {
            ActionPlanService.ofPeriod(records, milestone.subject())
                    .forEach(plan -> done.add(Regions.province(plan.fields().regionCode())));
        }
        ReportPhase phase = ReportPhase.of(milestone.subject());
        if (milestone.kind() == Milestone.Kind.EVALUATION_REPORT && phase != null) {
            // done once the province's report of the phase has been generated (a calendar line naming no phase: never)
            List<String> provinces = ReferenceData.get().provinces();
            List<Boolean> generated = SideBySide.all("reminder-run", SIDE_BY_SIDE, provinces.stream()
                    .<Callable<Boolean>>map(p -> () -> ReportService.generated(records, ReportScope.province(p), phase)).toList());
            for (int i = 0; i < provinces.size(); i++) {
                if (generated.get(i)) {
                    done.add(provinces.get(i));
                }
            }
        }
        return done;
    }

    private List<ListItem> publishedChallenges() {
        return items.all(ListType.CHALLENGE, ItemStatus.PUBLISHED);
    }

    private static Set<String> parties(Cooperation cooperation) {
        Set<String> parties = new HashSet<>();
        if (cooperation.ownerOrganisationId() != null) {
            parties.add(cooperation.ownerOrganisationId());
        }
        if (cooperation.fields().partyOrganisationIds() != null) {
            parties.addAll(cooperation.fields().partyOrganisationIds());
        }
        return parties;
    }

    static String id(String audience, String subjectKey, int offset) {
        return Hashes.derivedId("rem_", 24, audience, subjectKey, offset);
    }

    private static Item item(Reminder reminder) {
        return Item.of(ReminderKeys.inbox(reminder.audience()), ReminderKeys.reminder(reminder.id())).with("type", "REMINDER")
                .with(TableDesign.RANKED.sortKey(), ReminderKeys.created(reminder.createdAt(), reminder.id()))
                .with("reminder", Documents.toAttribute(reminder))
                .with(ReminderKeys.DELIVERIES, AttributeValue.fromM(Map.of()));
    }

    /** Whether a reminder falls on {@code offset} days from the due date (negative: before it). */
    static boolean remindsOn(int offset) {
        return BEFORE.contains(offset) || offset >= 1 && (offset - 1) % 7 == 0;
    }

    private static Reminder read(Item item) {
        return Documents.read(item.values().get("reminder"), Reminder.class);
    }
}
