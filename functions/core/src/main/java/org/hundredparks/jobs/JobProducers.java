package org.hundredparks.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import org.hundredparks.platform.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

@ApplicationScoped
class JobProducers {

    @Produces
    @ApplicationScoped
    JobQueue jobQueue(JobsConfig config) {
        var sqs = AwsClients.light(SqsClient.builder());
        config.endpointOverride().ifPresent(endpoint -> sqs.endpointOverride(URI.create(endpoint)));
        config.region().ifPresent(region -> sqs.region(Region.of(region)));
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            sqs.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get())));
        }
        return new JobQueue(sqs.build(), config.queueUrl());
    }
}
