package org.hundredparks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hundredparks.local.aws.Dynalite;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.S3Proxy;
import org.hundredparks.platform.NoExpectContinue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A DynamoDB (dynalite) and an S3 (s3proxy) of a test's own, keeping their data on disk and their ports, so that the
 * test can stop either in the middle of some work and start it again as it was: what an outage looks like from the
 * platform's side. Clients built here fail fast while a server is down (a few seconds, not the SDK's default retries).
 */
public final class RestartableAws implements AutoCloseable {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY));

    private final Path dir;
    private Dynalite dynalite;
    private S3Proxy s3proxy;
    private final int dynamoPort;
    private final int s3Port;

    private RestartableAws(Path dir) {
        this.dir = dir;
        dynalite = Dynalite.start(0, dir.resolve("dynamo"), dir.resolve("logs"));
        s3proxy = S3Proxy.start(0, dir.resolve("s3"), dir.resolve("logs"));
        dynamoPort = port(dynalite.endpoint());
        s3Port = port(s3proxy.endpoint());
    }

    public static RestartableAws start() {
        try {
            return new RestartableAws(Files.createTempDirectory("hundred-parks-faults"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stopDynamo() {
        dynalite.close();
    }

    public void startDynamo() {
        dynalite = Dynalite.start(dynamoPort, dir.resolve("dynamo"), dir.resolve("logs"));
    }

    public void stopS3() {
        s3proxy.close();
    }

    public void startS3() {
        s3proxy = S3Proxy.start(s3Port, dir.resolve("s3"), dir.resolve("logs"));
    }

    public String dynamoEndpoint() {
        return "http://127.0.0.1:" + dynamoPort;
    }

    public DynamoDbClient dynamo() {
        return dynamoThrough(dynamoEndpoint());
    }

    /** A client of this DynamoDB through something in front of it (the stream relay). */
    public DynamoDbClient dynamoThrough(String endpoint) {
        return DynamoDbClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS).overrideConfiguration(failFast())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public S3Client s3() {
        return S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + s3Port))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS).forcePathStyle(true)
                .overrideConfiguration(failFast().toBuilder().addExecutionInterceptor(new NoExpectContinue()).build())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public S3Presigner presigner() {
        return S3Presigner.builder().endpointOverride(URI.create("http://127.0.0.1:" + s3Port))
                .region(Region.of(LocalAwsStack.REGION)).credentialsProvider(CREDENTIALS)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
    }

    private static ClientOverrideConfiguration failFast() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(10)).build();
    }

    private static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    @Override
    public void close() {
        dynalite.close();
        s3proxy.close();
    }
}
