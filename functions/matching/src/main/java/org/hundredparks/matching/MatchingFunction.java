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

    public MatchingFunction(ChangeRouter router) {
        this.router = router;
    }

    @Override
    public BatchResponse handleRequest(StreamEvent event, Context context) {
        return ChangeFeedProcessor.process(event, router::route);
    }
}
