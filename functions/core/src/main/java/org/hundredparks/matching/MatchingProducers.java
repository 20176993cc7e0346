package org.hundredparks.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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

    /**
     * With meanings unless turned off ({@code hundredparks.matching.meaning=false}: words and bigrams only); the model
     * from the unpacked files of {@code hundredparks.matching.embedding-files} when that is set (then they must all be
     * there), else from its jar.
     */
    @Produces
    @ApplicationScoped
    MatchDocuments matchDocuments(@ConfigProperty(name = "hundredparks.matching.meaning", defaultValue = "true") boolean meaning,
            @ConfigProperty(name = "hundredparks.matching.embedding-files") Optional<String> embeddingFiles) {
        return new MatchDocuments(TextAnalysis.standard(),
                meaning ? new BgeSmallZhEmbedding(embeddingFiles.map(folder -> EmbeddingFiles.required(Path.of(folder)))) : null);
    }

    @Produces
    @ApplicationScoped
    MatchIndexes matchIndexes(RecordStore records, ObjectStore objects, StorageConfig storage, Clock clock, MatchDocuments documents,
            @ConfigProperty(name = "hundredparks.matching.snapshot-every", defaultValue = "500") int snapshotEvery,
            @ConfigProperty(name = "hundredparks.matching.refresh-every", defaultValue = "PT1M") java.time.Duration refreshEvery,
            @ConfigProperty(name = "hundredparks.matching.meaning-budget", defaultValue = "PT15S") java.time.Duration meaningBudget) {
        return new MatchIndexes(records, objects, storage.buckets().derived(), documents, clock, snapshotEvery, refreshEvery,
                meaningBudget);
    }

    @Produces
    @ApplicationScoped
    MatchingService matchingService(MatchIndexes indexes, MatchStore store) {
        return new MatchingService(indexes, store);
    }
}
