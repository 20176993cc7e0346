package org.hundredparks.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.actionplan.ActionPlanService;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.cooperation.ProgressUpdate;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.ProgrammeCalendar;
import org.hundredparks.reporting.ReportPhase;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.reporting.TypicalCaseService;
import org.hundredparks.storage.BucketBootstrap;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A simulated summer of 2024, one run a day at 02:00 China time (clock injected): reminders appear once,
 * on the right days, for those who have not done what is due, and a schedule that fires twice creates
 * nothing twice.
 */
class ReminderServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-06-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "reminders"), clock);
    private final CooperationService cooperations = new CooperationService(records, clock);
    private final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
    /** Written from the run's threads (a run writes and delivers its reminders side by side). */
    private final List<Reminder> delivered = Collections.synchronizedList(new ArrayList<>());
    /** One recipient per audience, who is sent each reminder: the channel sees every reminder once, however often a day runs. */
    private final ReminderDelivery recording = new ReminderDelivery() {
        @Override
        public List<String> recipients(Audience audience) {
            return List.of("someone-of-" + audience.kind() + "-" + audience.id());
        }

        @Override
        public Delivery deliver(Reminder reminder, String personId) {
            delivered.add(reminder);
            return Delivery.of(Delivery.Status.SENT, "t", null, clock.instant());
        }
    };
    private final ReminderService reminders = new ReminderService(records, new ListItemRepository(records), cooperations,
            ProgrammeCalendar.standard(), recording, clock, 60);

    private final Caller guangdong = new Caller("a", Role.PROVINCE_AUTHORITY, "gd-sci", "440000", Domain.SCIENCE, null);
    private final Caller jiangsu = new Caller("b", Role.PROVINCE_AUTHORITY, "js-sci", "320000", Domain.SCIENCE, null);
    private final Caller enterprise = new Caller("e", Role.ENTERPRISE, "ent-r", "440300", null, null);

    private static Instant twoAmInChina(LocalDate day) {
        return day.atTime(LocalTime.of(2, 0)).atZone(org.hundredparks.platform.ClockProducer.CHINA).toInstant();
    }

    /** Runs every day from {@code from} to {@code to}; returns the days each subject was reminded on, per audience. */
    private Map<String, List<Integer>> simulate(LocalDate from, LocalDate to, Runnable onEachDay) {
        Map<String, List<Integer>> offsets = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            clock.set(twoAmInChina(day));
            onEachDay.run();
            int before = delivered.size();
            ReminderService.Run run = reminders.run(clock.instant());
            ReminderService.Run again = reminders.run(clock.instant()); // the schedule fires twice
            assertEquals(0, again.created(), "second run of " + day);
            assertEquals(run.created(), again.existing(), "second run of " + day);
            for (Reminder r : delivered.subList(before, delivered.size())) {
                offsets.computeIfAbsent(r.audience() + " " + r.subjectKey(), k -> new ArrayList<>()).add(r.offsetDays());
            }
        }
        return offsets;
    }

    @Test
    void planRemindersComeOnTheirDaysAndStopWhenThePlanIsIn() {
        Map<String, List<Integer>> offsets = simulate(LocalDate.parse("2024-07-10"), LocalDate.parse("2024-08-20"), () -> {
            if (clock.instant().equals(twoAmInChina(LocalDate.parse("2024-07-20")))) {
                String park = org.hundredparks.reference.ReferenceData.get().parksWithin("440000").get(0).id();
                new ActionPlanService(records, clock, LocalDate.parse("2024-07-31")).submit(guangdong, new ActionPlanFields("440000",
                        "2024-2025", "科技厅", List.of(park), List.of(new Action("'百园百校万企'创新合作行动——对接", null, List.of(park)))), null);
            }
        });
        assertEquals(List.of(-14, -7, -1, 1, 8, 15), offsets.get("PROVINCE#32 ACTION_PLAN_2024"), "no plan: before, then weekly");
        assertEquals(List.of(-14), offsets.get("PROVINCE#44 ACTION_PLAN_2024"), "plan in on 20 July: nothing after");
        assertEquals(31, offsets.keySet().stream().filter(k -> k.endsWith("ACTION_PLAN_2024")).count(), "every province heard");

        List<Reminder> inbox = reminders.inbox(jiangsu, 20);
        assertEquals(6, inbox.size());
        assertEquals(15, inbox.get(0).offsetDays(), "newest first");
        assertEquals("【逾期】行动计划报送：2024-07-31 截止，已逾期15天，请尽快完成。", inbox.get(0).text());
        assertEquals("【提醒】行动计划报送：2024-07-31 截止，还有14天。", inbox.get(5).text());

        Reminder read = reminders.markRead(jiangsu, inbox.get(0).id());
        assertNotNull(read.readAt());
        assertNotNull(reminders.inbox(jiangsu, 20).get(0).readAt());
        assertThrows(Refusal.class, () -> reminders.markRead(guangdong, inbox.get(1).id()), "another province's");
    }

    @Test
    void aProvinceWhoseMidtermReportIsInHearsNoMoreOfIt() {
        // Guangdong's authority asks for its mid-term report and the jobs function generates it
        clock.set(Instant.parse("2024-12-20T02:00:00Z"));
        String bucket = "reminder-reports-" + System.nanoTime();
        BucketBootstrap.ensure(TestAws.s3(), List.of(bucket));
        ReportService reports = new ReportService(records, new ObjectStore(TestAws.s3(), TestAws.presigner()), bucket,
                TestAws.jobQueue("reminder-test-jobs"), cooperations, new TypicalCaseService(records, cooperations, clock), "2024-2025", 60, clock);
        reports.generate(reports.request(guangdong, ReportPhase.MIDTERM, "PROVINCE:44").id());
        Map<String, List<Integer>> offsets = simulate(LocalDate.parse("2024-12-30"), LocalDate.parse("2024-12-30"), () -> { });
        assertEquals(List.of(-1), offsets.get("PROVINCE#32 MIDTERM_2024"));
        assertEquals(null, offsets.get("PROVINCE#44 MIDTERM_2024"), "its report is in");
    }

    @Test
    void staleCooperationsAndClosingChallengesRemindTheirOwnOrganisations() {
        clock.set(twoAmInChina(LocalDate.parse("2024-06-01")));
        var cooperation = cooperations.open(guangdong, new CooperationFields("'百园百校万企'创新合作行动——储能联合攻关",
                CooperationKind.JOINT_PROJECT, "440300", null, List.of("ent-r", "uni-r"), null, null, null, null,
                LocalDate.parse("2024-06-01"), null));
        cooperations.confirm(enterprise, cooperation.id());
        cooperations.confirm(new Caller("u", Role.UNIVERSITY, "uni-r", "440300", null, null), cooperation.id());
        String uscc = "91440300MA5F00001" + Uscc.checkCharacter("91440300MA5F00001");
        ListItem challenge = submissions.create(enterprise, ListType.CHALLENGE, new ChallengeFields(null, "储能变流器散热", "散热不足",
                "温升低于20K", LocalDate.parse("2024-08-10"), "双方共有", 1_000_000L, "具备中试线", "深圳某储能有限公司", uscc, "C38", "新能源",
                List.of(), null, "440305", null, new Contact("李工", "13900001111", null))).item();
        submissions.submit(enterprise, ListType.CHALLENGE, challenge.id(), null);
        submissions.publish(new Caller("m", Role.MINISTRY, "miit", null, Domain.INDUSTRY, null), ListType.CHALLENGE, challenge.id(), null);

        Map<String, List<Integer>> offsets = simulate(LocalDate.parse("2024-07-10"), LocalDate.parse("2024-08-20"), () -> {
            if (clock.instant().equals(twoAmInChina(LocalDate.parse("2024-08-05")))) {
                cooperations.addProgress(enterprise, cooperation.id(), new ProgressUpdate.Entry(LocalDate.parse("2024-08-05"), "样机完成", null));
            }
        });
        // no update since 1 June: due 31 July; the update of 5 August starts a new count (due 4 October)
        String stale = " COOPERATION_PROGRESS#" + cooperation.id() + "#2024-06-01";
        assertEquals(List.of(-14, -7, -1, 1), offsets.get("ORG#ent-r" + stale));
        assertEquals(List.of(-14, -7, -1, 1), offsets.get("ORG#uni-r" + stale));
        assertTrue(offsets.keySet().stream().noneMatch(k -> k.contains("#2024-08-05")), offsets.keySet().toString());
        // the person who opened the cooperation hears of it in person; the other parties as organisations
        assertEquals(List.of(-14, -7, -1, 1), offsets.get("USER#a" + stale));
        assertEquals(null, offsets.get("ORG#gd-sci" + stale));
        // the challenge's deadline goes to the person who published it, not to the whole enterprise
        assertEquals(List.of(-7, -1), offsets.get("USER#e CHALLENGE_DEADLINE#" + challenge.id()));
        assertEquals(null, offsets.get("ORG#ent-r CHALLENGE_DEADLINE#" + challenge.id()));
        assertEquals(Set.of("【提醒】榜单“储能变流器散热”揭榜：2024-08-10 截止，还有7天。"),
                Set.of(reminders.inbox(enterprise, 50).stream().filter(r -> r.offsetDays() == -7 && r.subjectKey().startsWith("CHALLENGE"))
                        .findFirst().orElseThrow().text()));
        Caller colleague = new Caller("e2", Role.ENTERPRISE, "ent-r", "440300", null, null);
        List<Reminder> colleagues = reminders.inbox(colleague, 50);
        assertTrue(colleagues.stream().noneMatch(r -> r.subjectKey().startsWith("CHALLENGE")), "not the colleague's challenge");
        assertEquals(4, colleagues.stream().filter(r -> r.subjectKey().startsWith("COOPERATION_PROGRESS")).count(), "the organisation's");
    }

    @Test
    void eachPersonKeepsTheirOwnReadMarks() {
        clock.set(twoAmInChina(LocalDate.parse("2024-07-30")));
        reminders.run(clock.instant());
        Caller colleague = new Caller("b2", Role.PROVINCE_AUTHORITY, "js-sci", "320000", Domain.SCIENCE, null);
        Reminder plan = reminders.inbox(jiangsu, 20).get(0);
        assertEquals(plan.id(), reminders.inbox(colleague, 20).get(0).id(), "the province's reminder reaches both");

        Instant firstRead = reminders.markRead(jiangsu, plan.id()).readAt();
        assertNotNull(firstRead);
        clock.set(clock.instant().plusSeconds(3600));
        assertEquals(firstRead, reminders.markRead(jiangsu, plan.id()).readAt(), "marking again keeps the first time");
        assertEquals(firstRead, reminders.inbox(jiangsu, 20).get(0).readAt());
        assertEquals(null, reminders.inbox(colleague, 20).get(0).readAt(), "unread for the colleague");
    }
}
