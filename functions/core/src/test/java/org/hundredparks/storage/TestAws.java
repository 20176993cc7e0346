package org.hundredparks.storage;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.S3Proxy;
import org.hundredparks.platform.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Real SDK clients, set up as the functions' (AwsClients), against the local AWS stack (the emulators, or LocalStack with -Dstorage=localstack),
 * and a fresh table per test class so that classes never see each other's data.
 */
public final class TestAws {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY));

    private TestAws() {
    }

    public static DynamoDbClient dynamo() {
        return AwsClients.light(DynamoDbClient.builder()).endpointOverride(URI.create(LocalAwsStack.shared().dynamoEndpoint()))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS).build();
    }

    public static S3Client s3() {
        return AwsClients.light(S3Client.builder()).endpointOverride(URI.create(LocalAwsStack.shared().s3Endpoint()))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS).forcePathStyle(true).build();
    }

    public static S3Presigner presigner() {
        return S3Presigner.builder().endpointOverride(URI.create(LocalAwsStack.shared().s3Endpoint()))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
    }

    /** The platform's job queue, on a queue of the SQS stand-in that only this test reads. */
    public static JobQueue jobQueue(String queue) {
        SqsClient sqs = AwsClients.light(SqsClient.builder()).endpointOverride(URI.create(LocalAwsStack.shared().sqs().endpoint()))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS).build();
        return new JobQueue(sqs, LocalAwsStack.shared().sqs().queueUrl(queue));
    }

    /** A new table with the platform's design, named for the test. */
    public static String newTable(DynamoDbClient dynamo, String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TableBootstrap.ensure(dynamo, name, TableDesign.PLATFORM);
        return name;
    }

    /** A new bucket, named for the test, so that what one test writes never shows in another's. */
    public static String newBucket(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        BucketBootstrap.ensure(s3(), java.util.List.of(name));
        return name;
    }

    /** A clock the test moves by hand. */
    public static final class MovableClock extends Clock {
        private Instant now;

        public MovableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
