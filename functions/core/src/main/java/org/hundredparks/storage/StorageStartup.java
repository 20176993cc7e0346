package org.hundredparks.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** In the profiles that ask for it (tests), creates the table and buckets before the first request. */
@ApplicationScoped
class StorageStartup {

    void onStart(@Observes StartupEvent event, StorageConfig config, DynamoDbClient dynamo, S3Client s3) {
        if (config.createMissing()) {
            TableBootstrap.ensure(dynamo, config.table(), TableDesign.PLATFORM);
            BucketBootstrap.ensure(s3, BucketBootstrap.all(config.buckets()));
        }
    }
}
