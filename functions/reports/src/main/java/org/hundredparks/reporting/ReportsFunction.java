package org.hundredparks.reporting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Inject;
import org.hundredparks.changefeed.BatchResponse;
import org.hundredparks.jobs.JobWorker;
import org.hundredparks.jobs.SqsBatch;

/**
 * The platform's background worker: the jobs queue (SQS, ReportBatchItemFailures) brings evaluation
 * reports and spreadsheet imports, work that outlasts an API request.
 */
@jakarta.inject.Named("reports")
public class ReportsFunction implements RequestHandler<SqsBatch, BatchResponse> {

    @Inject
    JobWorker worker;

    @Override
    public BatchResponse handleRequest(SqsBatch batch, Context context) {
        return worker.run(batch);
    }
}
