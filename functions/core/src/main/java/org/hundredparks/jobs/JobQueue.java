package org.hundredparks.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.hundredparks.storage.Documents;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Hands a job to the jobs function through SQS; the queue's redrive policy keeps what keeps failing. */
public class JobQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public JobQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public void send(Job job) {
        try {
            String body = Documents.JSON.writeValueAsString(job);
            sqs.sendMessage(m -> m.queueUrl(queueUrl).messageBody(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job a message carries; an exception for a body that is not one (the message then fails). */
    public static Job read(String body) {
        try {
            Job job = Documents.JSON.readValue(body, Job.class);
            if (job.kind() == null || job.id() == null || job.id().isBlank()) {
                throw new IllegalArgumentException("not a job: " + body);
            }
            return job;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a job: " + body, e);
        }
    }
}
