package org.hundredparks.bench.bare;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Answers any event with the number of its top-level fields: the least a Quarkus Lambda function does (read
 * the event, write an answer), so that its first result is the floor the platform's functions are measured
 * against.
 */
@Named("bare")
public class BareFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("fields", event.size());
    }
}
