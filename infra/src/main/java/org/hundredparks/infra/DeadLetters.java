package org.hundredparks.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/** A dead-letter queue: where a record or job that keeps failing waits, for 14 days, for someone to look. */
final class DeadLetters {

    private DeadLetters() {
    }

    static Queue create(Construct scope, String id) {
        Queue queue = Queue.Builder.create(scope, id)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        Nag.suppress(queue, "AwsSolutions-SQS3", "This queue is itself a dead-letter queue; its depth raises an alarm.");
        return queue;
    }
}
