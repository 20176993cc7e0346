package org.hundredparks.imports;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Caller;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.platform.SideBySide;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionPolicy;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.InvalidInputException;
import org.jboss.logging.Logger;

/**
 * Bulk submission by spreadsheet: the client gets a presigned upload URL, uploads its .xlsx or .csv,
 * then starts the import, which is queued to the jobs function (10,000 rows outlast an API request). Every row is validated; each valid row goes through the same idempotent
 * create as a JSON submission (by external id), so a re-run after any failure neither loses nor
 * duplicates rows. Progress is written to the job record as rows complete.
 */
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int PROGRESS_EVERY = 500;

    private final RecordStore records;
    private final ObjectStore objects;
    private final String uploadsBucket;
    private final SubmissionService submissions;
    private final Clock clock;
    private final int parallelism;
    private final JobQueue jobs;

    public ImportService(RecordStore records, ObjectStore objects, String uploadsBucket, SubmissionService submissions,
            Clock clock, int parallelism, JobQueue jobs) {
        this.jobs = jobs;
        this.records = records;
        this.objects = objects;
        this.uploadsBucket = uploadsBucket;
        this.submissions = submissions;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /** Where to PUT the file: a key under the caller's organisation, valid for a quarter of an hour. */
    @Schema(name = "ImportUpload")
    public record Upload(String uploadId, String fileName, URI uploadUrl, String contentType, Instant expiresAt) {
    }

    public Upload requestUpload(Caller caller, ListType type, String fileName) {
        requireSubmitter(caller, type);
        String extension = fileName == null ? "" : fileName.toLowerCase().replaceAll("^.*(\\.[a-z]+)$", "$1");
        String contentType = switch (extension) {
            case ".xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case ".csv" -> "text/csv";
            default -> throw new InvalidInputException("UNSUPPORTED_FILE", "fileName", "只支持 .xlsx 或 .csv 文件");
        };
        String uploadId = "upl_" + UUID.randomUUID().toString().replace("-", "") + extension;
        Duration validFor = Duration.ofMinutes(15);
        return new Upload(uploadId, fileName, objects.presignPut(uploadsBucket, key(caller, uploadId), contentType, validFor),
                contentType, clock.instant().plus(validFor));
    }

    /**
     * Queues the import of an uploaded file and answers at once: the rows are written by the reports
     * function ({@link #process}), off the API's request path. Starting the same upload again returns
     * the same job while it is queued, running or done; a failed one is queued again.
     */
    public ImportJob start(Caller caller, ListType type, String uploadId) {
        requireSubmitter(caller, type);
        if (uploadId == null || !uploadId.matches("upl_[0-9a-f]{32}\\.(xlsx|csv)")) {
            throw new InvalidInputException("INVALID_UPLOAD", "uploadId", "上传编号无效");
        }
        String id = jobId(caller.organisationId(), uploadId);
        Optional<ImportJob> earlier = find(id);
        if (earlier.isPresent() && earlier.get().status() != ImportJob.Status.FAILED) {
            return earlier.get();
        }
        if (!objects.exists(uploadsBucket, key(caller, uploadId))) {
            throw new InvalidInputException("UPLOAD_MISSING", "uploadId", "未找到上传的文件，请先上传");
        }
        ImportJob queued = new ImportJob(id, type, key(caller, uploadId), caller.organisationId(), ImportJob.Status.QUEUED,
                0, 0, 0, 0, 0, 0, List.of(), false, clock.instant(), null);
        save(queued, caller);
        jobs.send(new Job(Job.Kind.IMPORT, id));
        return queued;
    }

    /** A file the import cannot use at all: the job fails with the file's errors, nothing is written. */
    private ImportJob refuse(ImportJob job, Caller caller, Instant started, List<RowError> errors) {
        ImportJob refused = new ImportJob(job.id(), job.type(), job.uploadKey(), job.ownerOrganisationId(), ImportJob.Status.FAILED,
                0, 0, 0, 0, 0, 0, errors, false, started, clock.instant());
        save(refused, caller);
        return refused;
    }

    /**
     * Runs a queued import (the jobs function's side). Returns the job at once if it completed
     * before; a job that failed or stopped midway runs again, finding its written rows unchanged.
     */
    public ImportJob process(String id) {
        Item item = records.get(ImportKeys.job(id), ImportKeys.IMPORT).orElseThrow(() -> new IllegalArgumentException("no import " + id));
        ImportJob job = Documents.read(item.values().get("job"), ImportJob.class);
        if (job.status() == ImportJob.Status.COMPLETED) {
            return job;
        }
        Caller caller = Documents.read(item.values().get("caller"), Caller.class);
        Instant started = clock.instant();
        // the presigned upload bounds nothing but its key and type: the size is read from the object's head, and a
        // file too large is refused before a byte of it is downloaded
        long size = objects.size(uploadsBucket, job.uploadKey())
                .orElseThrow(() -> new IllegalStateException("the upload of import " + id + " is gone"));
        if (size > Sheet.MAX_BYTES) {
            return refuse(job, caller, started, List.of(new RowError(0, null, "FILE_TOO_LARGE",
                    "文件超过 " + Sheet.MAX_BYTES / (1024 * 1024) + " MB，请拆分后分批导入")));
        }
        byte[] content = objects.get(uploadsBucket, job.uploadKey())
                .orElseThrow(() -> new IllegalStateException("the upload of import " + id + " is gone"));
        Sheet sheet;
        RowMapper mapper;
        try {
            sheet = Sheet.read(content, job.uploadKey());
            mapper = new RowMapper(Template.of(job.type()), sheet.headers());
        } catch (InvalidInputException unusable) {
            // the file itself is wrong (no header, columns missing, too large): the uploader's to fix, not ours to retry
            return refuse(job, caller, started, unusable.violations().stream()
                    .map(v -> new RowError(0, null, v.code(), v.message())).toList());
        }
        Progress progress = new Progress(id, job.type(), job.uploadKey(), caller, sheet.rows().size(), started);
        progress.save(ImportJob.Status.RUNNING, null);
        try (SideBySide chunks = new SideBySide("import-rows", parallelism)) {
            List<SideBySide.Started<Void>> work = new ArrayList<>();
            int externalIdColumn = sheet.headers().indexOf("外部编号");
            Set<String> seen = new HashSet<>();
            List<Sheet.DataRow> unique = new ArrayList<>();
            for (Sheet.DataRow row : sheet.rows()) {
                String externalId = externalIdColumn < row.cells().size() ? row.cells().get(externalIdColumn) : "";
                if (!externalId.isEmpty() && !seen.add(externalId)) {
                    progress.reject(List.of(new RowError(row.number(), "外部编号", "DUPLICATE_ROW", "外部编号与本文件前面的行重复")));
                    progress.processed.incrementAndGet();
                } else {
                    unique.add(row);
                }
            }
            // chunks of 100: one batched read finds the rows already stored, so a re-run writes nothing
            for (int from = 0; from < unique.size(); from += 100) {
                List<Sheet.DataRow> chunk = unique.subList(from, Math.min(unique.size(), from + 100));
                work.add(chunks.start(() -> importChunk(caller, job.type(), mapper, chunk, progress)));
            }
            work.forEach(SideBySide.Started::get);
            return progress.save(ImportJob.Status.COMPLETED, clock.instant());
        } catch (Exception e) {
            LOG.errorf(e, "import %s failed after %d rows", id, progress.processed.get());
            progress.save(ImportJob.Status.FAILED, clock.instant());
            throw new IllegalStateException("import " + id + " failed; a retry writes only the missing rows", e);
        }
    }

    public ImportJob get(Caller caller, String id) {
        ImportJob job = find(id).orElseThrow(Refusal::notFound);
        if (!caller.owns(job.ownerOrganisationId())) {
            throw Refusal.notFound();
        }
        return job;
    }

    private void importChunk(Caller caller, ListType type, RowMapper mapper, List<Sheet.DataRow> rows, Progress progress) {
        List<RowMapper.Mapped> mapped = rows.stream().map(mapper::map).toList();
        java.util.Map<String, org.hundredparks.submission.ListItem> stored = submissions.existing(caller, type,
                mapped.stream().filter(m -> m.fields() != null).map(m -> m.fields().externalId()).toList());
        for (int i = 0; i < rows.size(); i++) {
            RowMapper.Mapped row = mapped.get(i);
            var existing = row.fields() == null ? null
                    : stored.get(org.hundredparks.submission.ListItemRepository.newId(type, caller.organisationId(), row.fields().externalId()));
            if (existing != null && existing.fields().equals(row.fields())) {
                progress.unchanged.incrementAndGet();
                progress.processedOne();
            } else {
                importRow(caller, type, mapper.template(), rows.get(i), row, progress);
            }
        }
    }

    private void importRow(Caller caller, ListType type, Template template, Sheet.DataRow row, RowMapper.Mapped mapped,
            Progress progress) {
        if (mapped.fields() == null) {
            progress.reject(mapped.errors());
        } else {
            try {
                SubmissionService.Created created = submissions.create(caller, type, mapped.fields());
                if (!created.written()) {
                    progress.unchanged.incrementAndGet();
                } else if (created.item().version() == 1) {
                    progress.created.incrementAndGet();
                } else {
                    progress.updated.incrementAndGet();
                }
            } catch (Refusal refused) {
                progress.reject(List.of(new RowError(row.number(), template.headerOf(refused.field()), refused.code(),
                        refused.getMessage())));
            }
        }
        progress.processedOne();
    }

    private static void requireSubmitter(Caller caller, ListType type) {
        if (!SubmissionPolicy.submitters(type).contains(caller.role()) || caller.organisationId() == null) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
    }

    private static String key(Caller caller, String uploadId) {
        return "uploads/" + caller.organisationId() + "/" + uploadId;
    }

    static String jobId(String organisationId, String uploadId) {
        return Hashes.derivedId("imp_", 32, organisationId, uploadId);
    }

    /** Counters shared by the row workers, and the snapshot written as progress. */
    private final class Progress {
        final String id;
        final ListType type;
        final String uploadKey;
        final Caller caller;
        final int total;
        final Instant started;
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final List<RowError> errors = Collections.synchronizedList(new ArrayList<>());

        Progress(String id, ListType type, String uploadKey, Caller caller, int total, Instant started) {
            this.id = id;
            this.type = type;
            this.uploadKey = uploadKey;
            this.caller = caller;
            this.total = total;
            this.started = started;
        }

        void processedOne() {
            if (processed.incrementAndGet() % PROGRESS_EVERY == 0) {
                save(ImportJob.Status.RUNNING, null);
            }
        }

        void reject(List<RowError> rowErrors) {
            rejected.incrementAndGet();
            synchronized (errors) {
                for (RowError error : rowErrors) {
                    if (errors.size() < ImportJob.ERRORS_KEPT) {
                        errors.add(error);
                    }
                }
            }
        }

        ImportJob save(ImportJob.Status status, Instant finished) {
            ImportJob job = snapshot(status, finished);
            ImportService.this.save(job, caller);
            return job;
        }

        ImportJob snapshot(ImportJob.Status status, Instant finished) {
            List<RowError> sorted;
            synchronized (errors) {
                sorted = new ArrayList<>(errors);
            }
            sorted.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportJob(id, type, uploadKey, caller.organisationId(), status, total, processed.get(), created.get(),
                    updated.get(), unchanged.get(), rejected.get(), sorted, rejected.get() > sorted.size(), started, finished);
        }
    }

    Optional<ImportJob> find(String id) {
        return records.get(ImportKeys.job(id), ImportKeys.IMPORT).map(item -> Documents.read(item.values().get("job"), ImportJob.class));
    }

    /** The job's record: its progress, and who asked for it (the worker acts with that caller's rights). */
    private void save(ImportJob job, Caller caller) {
        records.overwrite(Item.of(ImportKeys.job(job.id()), ImportKeys.IMPORT).with("type", "IMPORT").with("id", job.id())
                .with("job", Documents.toAttribute(job)).with("caller", Documents.toAttribute(caller)));
    }


}
