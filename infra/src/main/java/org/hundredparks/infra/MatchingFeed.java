package org.hundredparks.infra;

import java.util.List;
import java.util.Map;
import org.hundredparks.matching.ChangeRouter;
import org.hundredparks.storage.TableDesign;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The table's change stream feeding the matching function. The function reports the records it could not
 * match (partial batch response), Lambda splits a failing batch to find them, retries a few times, and then
 * hands the record's stream position to the dead letters, so one bad record never holds up its shard.
 */
public class MatchingFeed extends Construct {

    static final int RETRY_ATTEMPTS = 5;

    private final Queue deadLetters;

    public MatchingFeed(Construct scope, String id, ITable table, PlatformFunction matching) {
        super(scope, id);
        deadLetters = DeadLetters.create(this, "DeadLetters");
        matching.live().addEventSource(new DynamoEventSource(table, DynamoEventSourceProps.builder()
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(100)
                .maxBatchingWindow(Duration.seconds(1))
                .reportBatchItemFailures(true)
                .bisectBatchOnError(true)
                .retryAttempts(RETRY_ATTEMPTS)
                .maxRecordAge(Duration.days(1))
                .onFailure(new SqsDlq(deadLetters))
                .filters(concerned())
                .build()));
        Nag.suppress(matching.function(), "AwsSolutions-IAM5",
                "dynamodb:ListStreams, which the stream's event source needs, has no resource-level permissions.",
                List.of("Resource::*"));
    }

    /**
     * Only the records matching takes reach the function (list items and enterprise profiles, {@link
     * ChangeRouter#CONCERNED}): the lists it writes, bids, reminders and the rest would each wake it for nothing.
     */
    static List<Map<String, Object>> concerned() {
        return ChangeRouter.CONCERNED.stream().map(pattern -> FilterCriteria.filter(Map.of("dynamodb", Map.of("Keys", Map.of(
                TableDesign.PK, Map.of("S", FilterRule.beginsWith(pattern.partitionPrefix())),
                TableDesign.SK, Map.of("S", FilterRule.isEqual(pattern.sortKey()))))))).toList();
    }

    public Queue deadLetters() {
        return deadLetters;
    }
}
