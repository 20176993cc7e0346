package org.hundredparks.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.changefeed.BatchResponse;
import org.hundredparks.imports.ImportService;
import org.jboss.logging.Logger;

/**
 * Runs the jobs of one SQS batch, each on its own: a failed job is reported as a batch item failure, so
 * SQS brings back only that message (and after its receive limit, moves it to the dead-letter queue).
 * Every job is safe to run twice; SQS delivers at least once.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    @Inject
    ImportService imports;
    @Inject
    org.hundredparks.reporting.ReportService reports;

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

    void run(Job job) {
        switch (job.kind()) {
            case IMPORT -> imports.process(job.id());
            case REPORT -> reports.generate(job.id());
        }
    }
}
