package org.hundredparks.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Lambda's event source mapping semantics for a stream, with partial batch responses. */
class StreamEventSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode record(int sequence) {
        ObjectNode record = JSON.createObjectNode().put("eventName", "INSERT");
        record.putObject("dynamodb").put("SequenceNumber", String.format("%05d", sequence));
        return record;
    }

    private static List<String> sequences(String event) {
        List<String> sequences = new ArrayList<>();
        try {
            JSON.readTree(event).get("Records").forEach(r -> sequences.add(r.at("/dynamodb/SequenceNumber").asText()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sequences;
    }

    @Test
    void aRecordThatKeepsFailingGoesToTheDestinationAndTheOthersGetThrough() {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        List<JsonNode> deadLetters = Collections.synchronizedList(new ArrayList<>());
        Function<String, String> function = event -> {
            List<String> batch = sequences(event);
            List<String> failures = new ArrayList<>();
            for (String s : batch) {
                if (s.equals("00002")) {
                    failures.add(s); // a poison record
                } else {
                    handled.add(s);
                }
            }
            return "{\"batchItemFailures\":[" + String.join(",", failures.stream()
                    .map(f -> "{\"itemIdentifier\":\"" + f + "\"}").toList()) + "]}";
        };
        try (StreamEventSource source = new StreamEventSource(function, 10, 2, deadLetters::add)) {
            for (int i = 1; i <= 4; i++) {
                source.accept(record(i));
            }
            assertTrue(source.awaitIdle(Duration.ofSeconds(10)));
        }
        assertEquals(1, deadLetters.size());
        assertEquals("00002", deadLetters.get(0).at("/dynamodb/SequenceNumber").asText());
        assertTrue(handled.containsAll(List.of("00001", "00003", "00004")), "every good record was handled: " + handled);
        assertEquals(1, handled.stream().filter("00001"::equals).count(), "a record before the failure is not retried");
    }

    @Test
    void aFailedInvocationRetriesTheWholeBatch() {
        List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
        Function<String, String> flaky = event -> {
            calls.add(sequences(event));
            if (calls.size() == 1) {
                throw new IllegalStateException("function crashed");
            }
            return "{\"batchItemFailures\":[]}";
        };
        try (StreamEventSource source = new StreamEventSource(flaky, 10, 3, r -> { })) {
            source.accept(record(7));
            source.accept(record(8));
            assertTrue(source.awaitIdle(Duration.ofSeconds(10)));
        }
        assertEquals(2, calls.size());
        assertEquals(calls.get(0), calls.get(1));
    }
}
