package org.hundredparks.api;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Watches the DynamoDB writes that succeed, so a test can see what a request left behind: an item put and deleted
 * again within the watch (an idempotency key claimed, then released when the request was refused) counts as nothing.
 * It compares keys, not contents: an existing item overwritten and then deleted would also count as nothing.
 */
public class WriteCounter implements ExecutionInterceptor {

    private static final Set<String> LEFT = ConcurrentHashMap.newKeySet();

    /** Starts a new watch. */
    public static void reset() {
        LEFT.clear();
    }

    /** The keys written (or deleted) since {@link #reset}, less those put and deleted again. */
    public static Set<String> leftBehind() {
        return Set.copyOf(LEFT);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutItemRequest put) {
            written(put.item());
        } else if (context.request() instanceof UpdateItemRequest update) {
            written(update.key());
        } else if (context.request() instanceof DeleteItemRequest delete) {
            String key = key(delete.key());
            if (!LEFT.remove("written " + key)) {
                LEFT.add("deleted " + key);
            }
        } else if (context.request().getClass().getSimpleName().matches("(BatchWrite|TransactWrite)Items?Request")) {
            LEFT.add("a batch or transaction of writes");
        }
    }

    private static void written(Map<String, AttributeValue> item) {
        LEFT.add("written " + key(item));
    }

    private static String key(Map<String, AttributeValue> item) {
        return item.get("pk").s() + " / " + item.get("sk").s();
    }
}
