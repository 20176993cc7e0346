package org.hundredparks.functions.matching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.util.Set;
import org.hundredparks.changefeed.ChangeFeedProcessor;
import org.hundredparks.changefeed.StreamEvent;
import org.hundredparks.matching.ChangeRouter;
import org.hundredparks.matching.MatchingService;
import org.hundredparks.platform.BatchResponse;
import org.hundredparks.platform.ColdStart;
import org.hundredparks.submission.ItemSummaries;

/**
 * The table's stream (DynamoDB Streams, NEW_AND_OLD_IMAGES) in, partial batch failures out. Each change of a
 * list item also re-records its report summary, in case the API's own write of it was lost.
 */
@jakarta.inject.Named("matching")
public class MatchingFunction implements RequestHandler<StreamEvent, BatchResponse> {

    /** The function's timeout in infra, for an invocation that comes without a context. */
    static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(60);

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
        return ColdStart.handling(() -> {
            // the lists are written until a third of the invocation's time is left (what is not settled by then is retried);
            // the meanings a rebuild left and a snapshot get what remains, less a tenth kept in hand
            long remaining = context == null ? DEFAULT_TIMEOUT.toMillis() : context.getRemainingTimeInMillis();
            Instant deadline = Instant.now().plusMillis(remaining * 2 / 3);
            Instant end = Instant.now().plusMillis(remaining * 9 / 10);
            BatchResponse response = ChangeFeedProcessor.process(event, change -> {
                summaries.apply(change);
                router.handle(change, matching);
            }, () -> {
                ColdStart.mark("changes applied");
                Set<String> left = matching.settle(deadline);
                return change -> !left.isEmpty() && left.contains(matching.itemIdOf(change));
            });
            ColdStart.mark("batch settled");
            matching.afterBatch(end);
            return response;
        });
    }
}
