package org.hundredparks.bench;

import java.net.URI;
import org.hundredparks.local.aws.S3Proxy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The benchmarks' AWS clients for the local stand-ins (dynalite, s3proxy), built as the functions build theirs. */
final class BenchAws {

    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Proxy.ACCESS_KEY, S3Proxy.SECRET_KEY));
    static final Region REGION = Region.of("cn-north-1");

    private BenchAws() {
    }

    static DynamoDbClient dynamo(String endpoint) {
        return DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(REGION).credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static S3Client s3(String endpoint) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true).region(REGION).credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
