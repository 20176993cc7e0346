package org.hundredparks.reporting;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.actionplan.ActionPlanService;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.matching.MatchKind;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.platform.ClockProducer;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.platform.SideBySide;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.BidService;
import org.hundredparks.submission.ItemSummaries;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.validation.InvalidInputException;
import org.jboss.logging.Logger;

/**
 * Evaluation reports (notice 三(三)). A request is answered at once with the report's record; the
 * jobs function generates it from the jobs queue: reads each kind of record once, computes the
 * figures, writes {@code .xlsx}, {@code .docx} and {@code .json} to S3 under
 * {@code reports/<scope>/<phase>/<as-of day>/<id>.<ext>} (SSE), and marks it ready. The report id is the
 * phase, the scope and the data's day (China time): asking again the same day returns the same report.
 */
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    static final Duration LINKS_VALID = Duration.ofMinutes(15);
    static final List<String> FORMATS = List.of("xlsx", "docx", "json");

    @Schema(name = "ReportStatus")
    public enum Status { QUEUED, RUNNING, READY, FAILED }

    /** A report's record: what was asked, how far it got, and where its files are. */
    @RegisterForReflection
    public record Report(String id, ReportPhase phase, String scope, LocalDate asOf, Status status, int progress,
            String requestedBy, Instant requestedAt, Instant finishedAt, Map<String, String> files, String error) {

        Report with(Status nextStatus, int nextProgress, Instant finished, Map<String, String> nextFiles, String nextError) {
            return new Report(id, phase, scope, asOf, nextStatus, nextProgress, requestedBy, requestedAt, finished, nextFiles,
                    nextError);
        }
    }

    /** A report as its reader sees it: with short-lived download links once it is ready. */
    @Schema(name = "ReportView")
    public record View(Report report, Map<String, URI> downloads, Instant linksExpireAt) {
    }

    private final RecordStore records;
    private final ObjectStore objects;
    private final String bucket;
    private final JobQueue jobs;
    private final CooperationService cooperations;
    private final TypicalCaseService typicalCases;
    private final String planPeriod;
    /** A cooperation with no progress for longer is reported as lagging (the reminders' rule too). */
    private final int staleDays;
    private final Clock clock;
    private final ItemSummaries summaries;
    private final MatchStore matches;

    public ReportService(RecordStore records, ObjectStore objects, String bucket, JobQueue jobs, CooperationService cooperations,
            TypicalCaseService typicalCases, String planPeriod, int staleDays, Clock clock) {
        this.staleDays = staleDays;
        this.records = records;
        this.objects = objects;
        this.bucket = bucket;
        this.jobs = jobs;
        this.cooperations = cooperations;
        this.typicalCases = typicalCases;
        this.planPeriod = planPeriod;
        this.clock = clock;
        this.summaries = new ItemSummaries(records);
        this.matches = new MatchStore(records);
    }

    public Report request(Caller caller, ReportPhase phase, String scopeText) {
        if (phase == null) {
            throw new InvalidInputException("REQUIRED", "phase", "请指定评估阶段（MIDTERM 或 FINAL）");
        }
        ReportScope scope = ReportScope.parse(scopeText);
        requireAllowed(caller, scope);
        LocalDate asOf = LocalDate.ofInstant(clock.instant(), ClockProducer.CHINA);
        String id = id(phase, scope, asOf);
        Optional<Report> earlier = find(id);
        if (earlier.isPresent() && earlier.get().status() != Status.FAILED) {
            return earlier.get();
        }
        Report queued = new Report(id, phase, scope.key(), asOf, Status.QUEUED, 0, caller.organisationId(), clock.instant(), null,
                Map.of(), null);
        try {
            if (earlier.isPresent()) {
                records.overwrite(item(queued));
            } else {
                records.create(item(queued));
            }
        } catch (ConditionFailedException askedAtTheSameMoment) {
            return find(id).orElseThrow();
        }
        jobs.send(new Job(Job.Kind.REPORT, id));
        return queued;
    }

    public View get(Caller caller, String id) {
        Report report = find(id).orElseThrow(Refusal::notFound);
        requireAllowed(caller, ReportScope.parse(report.scope()));
        if (report.status() != Status.READY) {
            return new View(report, Map.of(), null);
        }
        Map<String, URI> links = new LinkedHashMap<>();
        report.files().forEach((format, key) -> links.put(format, objects.presignGet(bucket, key, LINKS_VALID)));
        return new View(report, links, clock.instant().plus(LINKS_VALID));
    }

    /** The jobs function's side: generates a queued report, or returns it if it is ready. */
    public Report generate(String id) {
        Report report = find(id).orElseThrow(() -> new IllegalArgumentException("no report " + id));
        if (report.status() == Status.READY) {
            return report;
        }
        save(report.with(Status.RUNNING, 10, null, Map.of(), null));
        try {
            long started = System.nanoTime();
            ReportScope scope = ReportScope.parse(report.scope());
            ReportInput input = read();
            save(report.with(Status.RUNNING, 60, null, Map.of(), null));
            ReportFigures midterm = report.phase() == ReportPhase.FINAL ? latestMidterm(scope) : null;
            ReportFigures figures = FiguresBuilder.build(scope, report.phase(), report.asOf(), input, midterm, staleDays);
            String base = "reports/" + scope.key().replace(':', '-') + "/" + report.phase() + "/" + report.asOf() + "/" + id;
            // each format written and uploaded on its own: one's upload overlaps another's writing
            try (SideBySide formats = new SideBySide("report-files", 3)) {
                List.of(formats.start(() -> objects.put(bucket, base + ".xlsx", ReportWriter.xlsx(figures),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                        formats.start(() -> objects.put(bucket, base + ".docx", ReportWriter.docx(figures),
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
                        formats.start(() -> objects.put(bucket, base + ".json", ReportWriter.json(figures), "application/json")))
                        .forEach(SideBySide.Started::get);
            }
            Map<String, String> files = new LinkedHashMap<>();
            files.put("xlsx", base + ".xlsx");
            files.put("docx", base + ".docx");
            files.put("json", base + ".json");
            Report ready = report.with(Status.READY, 100, clock.instant(), files, null);
            save(ready);
            // the scope's newest report of the phase: the final report compares with the mid-term, reminders stop
            records.overwrite(Item.of(ReportingKeys.latest(scope.key()), ReportingKeys.phase(report.phase())).with("id", id).with("json", base + ".json"));
            LOG.infof("report %s ready in %d ms (%d items)", id, (System.nanoTime() - started) / 1_000_000, input.items().size());
            return ready;
        } catch (RuntimeException e) {
            save(report.with(Status.FAILED, 0, clock.instant(), Map.of(), "生成失败，请重新申请"));
            throw e;
        }
    }

    /** How long the live statistics reuse what they read. */
    static final Duration STATISTICS_FRESH = Duration.ofMinutes(1);
    private volatile ReportInput cachedInput;
    private volatile Instant cachedAt = Instant.EPOCH;

    /**
     * The report's figures, live, for a dashboard: the same computation as a report, on data at most a
     * minute old (one read of everything serves every dashboard in that minute). Scope as for reports;
     * without one, the caller's own (the nation, its province, its park).
     */
    public ReportFigures statistics(Caller caller, String scopeText) {
        String text = scopeText != null ? scopeText : switch (caller.role()) {
            case MINISTRY -> "NATION";
            case PROVINCE_AUTHORITY -> "PROVINCE:" + caller.provinceCode();
            case PARK_ADMIN -> "PARK:" + caller.parkId();
            default -> throw Refusal.forbidden("SCOPE_NOT_ALLOWED");
        };
        ReportScope scope = ReportScope.parse(text);
        requireAllowed(caller, scope);
        ReportInput input = cachedInput;
        if (input == null || clock.instant().isAfter(cachedAt.plus(STATISTICS_FRESH))) {
            input = read();
            cachedInput = input;
            cachedAt = clock.instant();
        }
        return FiguresBuilder.build(scope, null, LocalDate.ofInstant(clock.instant(), ClockProducer.CHINA), input, null, staleDays);
    }

    /** The figures of the newest ready mid-term report of the scope, for the final report's comparison. */
    private ReportFigures latestMidterm(ReportScope scope) {
        return records.get(ReportingKeys.latest(scope.key()), ReportingKeys.phase(ReportPhase.MIDTERM)).flatMap(item -> item.string("json"))
                .flatMap(key -> objects.get(bucket, key))
                .map(bytes -> {
                    try {
                        return Documents.JSON.readValue(bytes, ReportFigures.class);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElse(null);
    }

    /**
     * Everything, once: list items and their "matched" marks from their summary rows (about a thousand rows
     * for every item of the four lists), the rest each kind from its own index partition. The reads are
     * independent, so they run side by side: the report waits for the largest, not for the sum.
     */
    ReportInput read() {
        try (SideBySide reads = new SideBySide("report-reads", 8)) {
            List<SideBySide.Started<List<ListItem>>> itemParts = new ArrayList<>();
            List<SideBySide.Started<Set<String>>> matchedParts = new ArrayList<>();
            for (ListType type : ListType.values()) {
                itemParts.add(reads.start(() -> summaries.all(type)));
                matchedParts.add(reads.start(() -> matches.matched(MatchKind.of(type))));
            }
            var plans = reads.start(() -> ActionPlanService.ofPeriod(records, planPeriod));
            var bids = reads.start(() -> BidService.all(records));
            var all = reads.start(cooperations::all);
            var outcomes = reads.start(cooperations::allOutcomes);
            var cases = reads.start(typicalCases::all);
            List<ListItem> items = new ArrayList<>();
            itemParts.forEach(part -> items.addAll(part.get()));
            Set<String> matched = new HashSet<>();
            matchedParts.forEach(part -> matched.addAll(part.get()));
            return new ReportInput(items, plans.get(), all.get(), outcomes.get(), bids.get(), matched, cases.get());
        }
    }

    /** The ministries ask for any scope; a province's authorities for it or its parks; a park admin for the park. */
    static void requireAllowed(Caller caller, ReportScope scope) {
        boolean allowed = switch (caller.role()) {
            case MINISTRY -> true;
            case PROVINCE_AUTHORITY -> scope.kind() != ReportScope.Kind.NATION && scope.province().equals(caller.provinceCode());
            case PARK_ADMIN -> scope.kind() == ReportScope.Kind.PARK && scope.code().equals(caller.parkId());
            default -> false;
        };
        if (!allowed) {
            throw Refusal.forbidden("SCOPE_NOT_ALLOWED");
        }
    }

    /** Whether a report of the scope and phase has been generated (the reminders stop asking for it). */
    public static boolean generated(RecordStore records, ReportScope scope, ReportPhase phase) {
        return records.get(ReportingKeys.latest(scope.key()), ReportingKeys.phase(phase)).isPresent();
    }

    Optional<Report> find(String id) {
        return records.get(ReportingKeys.report(id), ReportingKeys.REPORT).map(item -> Documents.read(item.values().get("report"), Report.class));
    }

    private void save(Report report) {
        records.overwrite(item(report));
    }

    private static Item item(Report report) {
        return Item.of(ReportingKeys.report(report.id()), ReportingKeys.REPORT).with("type", "REPORT").with("report", Documents.toAttribute(report));
    }

    static String id(ReportPhase phase, ReportScope scope, LocalDate asOf) {
        return Hashes.derivedId("rpt_", 24, phase, scope.key(), asOf);
    }
}
