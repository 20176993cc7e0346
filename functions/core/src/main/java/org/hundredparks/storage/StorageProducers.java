package org.hundredparks.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Wires the storage classes, which stay plain Java so that tests can build them directly. */
@ApplicationScoped
class StorageProducers {

    @Produces
    @ApplicationScoped
    RecordStore recordStore(DynamoDbClient dynamo, StorageConfig config, Clock clock) {
        return new RecordStore(dynamo, config.table(), clock);
    }

    @Produces
    @ApplicationScoped
    ObjectStore objectStore(S3Client s3, S3Presigner presigner, StorageConfig config) {
        return new ObjectStore(s3, presigner, config.serverSideEncryption());
    }
}
