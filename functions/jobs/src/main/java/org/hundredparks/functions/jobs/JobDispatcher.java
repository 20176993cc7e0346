package org.hundredparks.functions.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.identity.Domain;
import org.hundredparks.imports.ImportService;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.jobs.SqsBatch;
import org.hundredparks.platform.BatchResponse;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.search.SearchService;
import org.hundredparks.signin.Invitations;
import org.jboss.logging.Logger;

/**
 * Runs the jobs of one SQS batch, each on its own, by handing each to the feature it belongs to (imports, reports,
 * the search index's snapshot that a schedule asks for, and the operator's founding of a ministry department, sent to the queue by hand): a failed job
 * is reported as a batch item failure, so SQS brings back only that message (and after its receive limit,
 * moves it to the dead-letter queue). Every job is safe to run twice; SQS delivers at least once. It lives
 * here, in the function that runs jobs, so that core's queue knows no feature and no feature knows another's jobs.
 */
@ApplicationScoped
public class JobDispatcher {

    private static final Logger LOG = Logger.getLogger(JobDispatcher.class);

    @Inject
    ImportService imports;
    @Inject
    ReportService reports;
    @Inject
    Invitations invitations;
    @Inject
    SearchService search;

    public BatchResponse run(SqsBatch batch) {
        List<String> failed = new ArrayList<>();
        for (SqsBatch.Message message : batch.records() == null ? List.<SqsBatch.Message>of() : batch.records()) {
            try {
                run(JobQueue.read(message.body()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "job message %s failed", message.messageId());
                failed.add(message.messageId());
            }
        }
        return BatchResponse.failures(failed);
    }

    /** A schedule's job carries its scheduled time as its id; one sent by hand may carry anything. */
    private static java.time.Instant scheduledTime(String id) {
        try {
            return id == null ? null : java.time.Instant.parse(id);
        } catch (java.time.format.DateTimeParseException notATime) {
            return null;
        }
    }

    void run(Job job) {
        switch (job.kind()) {
            case IMPORT -> imports.process(job.id());
            case REPORT -> reports.generate(job.id());
            case FOUNDING -> invitations.found(job.id(), job.parameter("name"), Domain.valueOf(job.parameter("domain")),
                    job.parameter("invitationCodeSha256"));
            case SEARCH_SNAPSHOT -> search.writeSnapshot(scheduledTime(job.id()));
        }
    }
}
