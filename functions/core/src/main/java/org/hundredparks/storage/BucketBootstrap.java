package org.hundredparks.storage;

import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Creates the platform's buckets where they are missing: the local run and the tests only. */
public final class BucketBootstrap {

    private BucketBootstrap() {
    }

    public static void ensure(S3Client s3, List<String> buckets) {
        for (String bucket : buckets) {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (NoSuchBucketException missing) {
                create(s3, bucket);
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                create(s3, bucket);
            }
        }
    }

    private static void create(S3Client s3, String bucket) {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException createdMeanwhile) {
            // another function of the local run got there first
        }
    }

    public static List<String> all(StorageConfig.Buckets buckets) {
        return List.of(buckets.uploads(), buckets.reports(), buckets.derived());
    }
}
