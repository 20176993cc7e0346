package org.hundredparks.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hundredparks.jobs.SqsBatch;
import org.hundredparks.platform.BatchResponse;
import org.hundredparks.platform.ColdStart;

/**
 * The platform's background worker: the jobs queue (SQS, ReportBatchItemFailures) brings work that outlasts
 * an API request, spreadsheet imports and evaluation reports.
 */
@Named("jobs")
public class JobsFunction implements RequestHandler<SqsBatch, BatchResponse> {

    @Inject
    JobDispatcher dispatcher;

    @Override
    public BatchResponse handleRequest(SqsBatch batch, Context context) {
        return ColdStart.handling(() -> dispatcher.run(batch));
    }
}
