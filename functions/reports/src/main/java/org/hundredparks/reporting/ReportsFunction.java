package org.hundredparks.reporting;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.changefeed.BatchResponse;
import org.jboss.logging.Logger;

/** Report requests from the queue (SQS, ReportBatchItemFailures): one message, one report. */
@jakarta.inject.Named("reports")
public class ReportsFunction implements RequestHandler<ReportJob, BatchResponse> {

    private static final Logger LOG = Logger.getLogger(ReportsFunction.class);

    @Override
    public BatchResponse handleRequest(ReportJob job, Context context) {
        List<String> failed = new ArrayList<>();
        for (ReportJob.Message message : job.records() == null ? List.<ReportJob.Message>of() : job.records()) {
            if (message.body() == null || message.body().isBlank()) {
                LOG.warnf("report message %s has no body", message.messageId());
                failed.add(message.messageId());
            } else {
                LOG.infof("report request %s received", message.messageId());
            }
        }
        return BatchResponse.failures(failed);
    }
}
