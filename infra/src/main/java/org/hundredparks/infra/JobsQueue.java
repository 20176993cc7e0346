package org.hundredparks.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Long jobs (spreadsheet imports, evaluation reports) the API queues for the jobs function, and the operator's
 * founding of a ministry department (README, Sign-in). A job that fails three receives moves to the dead letters,
 * as the local run's queue does.
 */
public class JobsQueue extends Construct {

    static final int MAX_RECEIVES = 3;

    private final Queue queue;
    private final Queue deadLetters;

    public JobsQueue(Construct scope, String id, Duration workerTimeout) {
        super(scope, id);
        deadLetters = DeadLetters.create(this, "DeadLetters");
        queue = Queue.Builder.create(this, "Queue")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                // Lambda's advice for queue sources: six times the function timeout, so a job is not
                // handed out again while a slow first attempt still runs.
                .visibilityTimeout(Duration.seconds(workerTimeout.toSeconds().longValue() * 6))
                .retentionPeriod(Duration.days(4))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVES).build())
                .build();
    }

    public Queue queue() {
        return queue;
    }

    public Queue deadLetters() {
        return deadLetters;
    }
}
