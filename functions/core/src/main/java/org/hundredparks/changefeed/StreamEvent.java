package org.hundredparks.changefeed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The event Lambda hands a DynamoDB Streams consumer, field for field as AWS sends it (the sample
 * events under src/test/resources/aws-events are the reference). Images stay in DynamoDB's JSON
 * form until {@link ItemChange} converts them. Our own records rather than aws-lambda-java-events,
 * whose DynamoDB types need special Jackson handling and reflection setup in a native build.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record StreamEvent(@JsonProperty("Records") List<Record> records) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(
            @JsonProperty("eventID") String eventId,
            @JsonProperty("eventName") String eventName,
            @JsonProperty("eventVersion") String eventVersion,
            @JsonProperty("eventSource") String eventSource,
            @JsonProperty("awsRegion") String awsRegion,
            @JsonProperty("dynamodb") Data dynamodb,
            @JsonProperty("eventSourceARN") String eventSourceArn) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(
            @JsonProperty("ApproximateCreationDateTime") Double approximateCreationDateTime,
            @JsonProperty("Keys") Map<String, JsonNode> keys,
            @JsonProperty("NewImage") Map<String, JsonNode> newImage,
            @JsonProperty("OldImage") Map<String, JsonNode> oldImage,
            @JsonProperty("SequenceNumber") String sequenceNumber,
            @JsonProperty("SizeBytes") Long sizeBytes,
            @JsonProperty("StreamViewType") String streamViewType) {
    }
}
