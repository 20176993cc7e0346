package org.hundredparks.jobs;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Where jobs go. In AWS only {@code queue-url} is set (region and credentials come from the Lambda
 * environment); locally and in tests the SQS stand-in's endpoint and its static key.
 */
@ConfigMapping(prefix = "hundredparks.jobs")
public interface JobsConfig {

    String queueUrl();

    Optional<String> endpointOverride();

    Optional<String> region();

    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();
}
