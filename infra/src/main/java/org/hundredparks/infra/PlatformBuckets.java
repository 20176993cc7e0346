package org.hundredparks.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.constructs.Construct;

/**
 * The three buckets the functions use, plus the one their access logs go to. All private, encrypted
 * (SSE-S3, which the report writer also asks for per object) and reachable over TLS only.
 * <ul>
 * <li>uploads: spreadsheets in transit to an import; worthless after the import, so kept a week;</li>
 * <li>reports: the evaluation reports sent to the ministries; versioned, because a report once sent must stay;</li>
 * <li>derived: the matching index snapshot; rebuilt from the table when missing, so not versioned.</li>
 * </ul>
 */
public class PlatformBuckets extends Construct {

    private final Bucket uploads;
    private final Bucket reports;
    private final Bucket derived;
    private final Bucket accessLogs;

    public PlatformBuckets(Construct scope, String id, Stage stage) {
        super(scope, id);
        RemovalPolicy removal = stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs").expiration(Duration.days(365)).build()))
                .removalPolicy(removal)
                .build();
        uploads = bucket("Uploads", removal, false, "uploads/")
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-uploads").expiration(Duration.days(7))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1)).build()))
                // The mini-program and regional systems PUT spreadsheets straight to S3 through presigned links.
                .cors(List.of(CorsRule.builder().allowedMethods(List.of(HttpMethods.PUT))
                        .allowedOrigins(stage.corsOrigins()).allowedHeaders(List.of("content-type")).maxAge(3000).build()))
                .build();
        reports = bucket("Reports", removal, true, "reports/")
                .lifecycleRules(List.of(LifecycleRule.builder().id("old-versions-to-infrequent-access")
                        .noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS).transitionAfter(Duration.days(30)).build()))
                        .noncurrentVersionExpiration(Duration.days(730)).build()))
                .build();
        derived = bucket("Derived", removal, false, "derived/").build();
    }

    private Bucket.Builder bucket(String id, RemovalPolicy removal, boolean versioned, String logPrefix) {
        return Bucket.Builder.create(this, id)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(versioned)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(logPrefix)
                .removalPolicy(removal);
    }

    public Bucket uploads() {
        return uploads;
    }

    public Bucket reports() {
        return reports;
    }

    public Bucket derived() {
        return derived;
    }

    public Bucket accessLogs() {
        return accessLogs;
    }
}
