package org.hundredparks.platform;

import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The AWS clients core builds itself (SQS, KMS, Secrets Manager), set up as Quarkus sets up the table's and the
 * buckets' (microprofile-config.properties): the light URL-connection HTTP client, which starts fastest and builds
 * native, the first call's marks for {@link ColdStart}, and uploads that survive a closed kept-alive connection
 * ({@link NoExpectContinue}).
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static <B extends SdkSyncClientBuilder<B, ?> & SdkClientBuilder<B, ?>> B light(B builder) {
        return builder.httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ColdStartInterceptor()).addExecutionInterceptor(new NoExpectContinue()));
    }
}
