package org.hundredparks.jobs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** An SQS batch as Lambda delivers it, field for field (see the sample under src/test/resources/aws-events). */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SqsBatch(@JsonProperty("Records") List<Message> records) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(
            @JsonProperty("messageId") String messageId,
            @JsonProperty("receiptHandle") String receiptHandle,
            @JsonProperty("body") String body,
            @JsonProperty("attributes") Map<String, String> attributes,
            @JsonProperty("md5OfBody") String md5OfBody,
            @JsonProperty("eventSource") String eventSource,
            @JsonProperty("eventSourceARN") String eventSourceArn,
            @JsonProperty("awsRegion") String awsRegion) {
    }
}
