package org.hundredparks.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.StorageConfig;

@ApplicationScoped
class SearchProducers {

    /** {@code hundredparks.search.refresh-every}: how stale a container's index may be before a search reads the changes. */
    @Produces
    @ApplicationScoped
    SearchService searchService(RecordStore records, ObjectStore objects, StorageConfig storage, Clock clock,
            @ConfigProperty(name = "hundredparks.search.refresh-every", defaultValue = "PT30S") Duration refreshEvery) {
        TextAnalysis analysis = TextAnalysis.standard();
        SearchIndexes indexes = new SearchIndexes(records, objects, storage.buckets().derived(), new SearchDocuments(analysis), clock,
                refreshEvery);
        return new SearchService(indexes, analysis, ReferenceData.get());
    }
}
