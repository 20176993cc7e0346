package org.hundredparks.functions.matching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.hundredparks.changefeed.ChangeFeedProcessor;
import org.hundredparks.changefeed.StreamEvent;
import org.hundredparks.matching.ChangeRouter;
import org.hundredparks.matching.MatchingService;
import org.hundredparks.platform.BatchResponse;
import org.hundredparks.submission.ItemSummaries;

/**
 * The table's stream (DynamoDB Streams, NEW_AND_OLD_IMAGES) in, partial batch failures out. Each change of a
 * list item also re-records its report summary, in case the API's own write of it was lost.
 */
@jakarta.inject.Named("matching")
public class MatchingFunction implements RequestHandler<StreamEvent, BatchResponse> {

    private final ChangeRouter router;
    private final MatchingService matching;
    private final ItemSummaries summaries;

    public MatchingFunction(ChangeRouter router, MatchingService matching, ItemSummaries summaries) {
        this.router = router;
        this.matching = matching;
        this.summaries = summaries;
    }

    @Override
    public BatchResponse handleRequest(StreamEvent event, Context context) {
        BatchResponse response = ChangeFeedProcessor.process(event, change -> {
            summaries.apply(change);
            router.handle(change, matching);
        }, matching::settle);
        matching.afterBatch();
        return response;
    }
}
