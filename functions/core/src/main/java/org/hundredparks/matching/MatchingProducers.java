package org.hundredparks.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.StorageConfig;

@ApplicationScoped
class MatchingProducers {

    @Produces
    @ApplicationScoped
    MatchStore matchStore(RecordStore records) {
        return new MatchStore(records);
    }

    @Produces
    @ApplicationScoped
    MatchIndexes matchIndexes(RecordStore records, ObjectStore objects, StorageConfig storage, Clock clock,
            @ConfigProperty(name = "hundredparks.matching.snapshot-every", defaultValue = "500") int snapshotEvery,
            @ConfigProperty(name = "hundredparks.matching.refresh-every", defaultValue = "PT1M") java.time.Duration refreshEvery) {
        return new MatchIndexes(records, objects, storage.buckets().derived(), new MatchDocuments(TextAnalysis.standard()),
                clock, snapshotEvery, refreshEvery);
    }

    @Produces
    @ApplicationScoped
    MatchingService matchingService(MatchIndexes indexes, MatchStore store) {
        return new MatchingService(indexes, store);
    }
}
