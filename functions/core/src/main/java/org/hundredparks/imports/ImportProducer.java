package org.hundredparks.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.StorageConfig;
import org.hundredparks.submission.SubmissionService;

/** Wired only where it is injected: the API (start, progress) and the jobs function (the rows); both carry POI. */
@ApplicationScoped
class ImportProducer {

    @Produces
    @ApplicationScoped
    ImportService imports(RecordStore records, ObjectStore objects, StorageConfig storage, SubmissionService submissions,
            Clock clock, @ConfigProperty(name = "hundredparks.imports.parallelism", defaultValue = "8") int parallelism,
            JobQueue jobs) {
        return new ImportService(records, objects, storage.buckets().uploads(), submissions, clock, parallelism, jobs);
    }
}
