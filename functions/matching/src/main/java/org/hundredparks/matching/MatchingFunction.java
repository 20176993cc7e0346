package org.hundredparks.matching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.hundredparks.changefeed.BatchResponse;
import org.hundredparks.changefeed.ChangeFeedProcessor;
import org.hundredparks.changefeed.StreamEvent;

/** The table's stream (DynamoDB Streams, NEW_AND_OLD_IMAGES) in, partial batch failures out. */
@jakarta.inject.Named("matching")
public class MatchingFunction implements RequestHandler<StreamEvent, BatchResponse> {

    private final ChangeRouter router;
    private final MatchingService matching;

    public MatchingFunction(ChangeRouter router, MatchingService matching) {
        this.router = router;
        this.matching = matching;
    }

    @Override
    public BatchResponse handleRequest(StreamEvent event, Context context) {
        BatchResponse response = ChangeFeedProcessor.process(event, change -> router.handle(change, matching));
        matching.afterBatch();
        return response;
    }
}
