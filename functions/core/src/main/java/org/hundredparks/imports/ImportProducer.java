package org.hundredparks.api.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.imports.ImportService;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.StorageConfig;
import org.hundredparks.submission.SubmissionService;

/** Imports need POI, which only this function carries: the service is wired here rather than in core. */
@ApplicationScoped
class ImportProducer {

    @Produces
    @ApplicationScoped
    ImportService imports(RecordStore records, ObjectStore objects, StorageConfig storage, SubmissionService submissions,
            Clock clock, @ConfigProperty(name = "hundredparks.imports.parallelism", defaultValue = "8") int parallelism) {
        return new ImportService(records, objects, storage.buckets().uploads(), submissions, clock, parallelism);
    }
}
