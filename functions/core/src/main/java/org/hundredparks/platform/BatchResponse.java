package org.hundredparks.platform;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The partial batch response of a stream or queue consumer (ReportBatchItemFailures): the records
 * that failed, by sequence number (streams) or message id (SQS); Lambda retries only those.
 */
@RegisterForReflection
public record BatchResponse(List<ItemFailure> batchItemFailures) {

    @RegisterForReflection
    public record ItemFailure(String itemIdentifier) {
    }

    public static BatchResponse failures(List<String> identifiers) {
        return new BatchResponse(identifiers.stream().map(ItemFailure::new).toList());
    }
}
