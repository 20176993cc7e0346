package org.hundredparks.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTest {

    @Test
    void eachPhaseKeepsItsFirstMarkInOrderAndTheLineIsGivenOnce() throws Exception {
        ColdStart coldStart = new ColdStart();
        coldStart.record("quarkus started", 1_000);
        coldStart.record("DynamoDb first call", 1_040);
        coldStart.record("quarkus started", 1_500); // a later mark of a phase is not its first
        coldStart.record("say \"hi\"", 1_050);

        String line = coldStart.complete(1_200).orElseThrow();
        assertTrue(line.startsWith(ColdStart.LOG_PREFIX), line);
        JsonNode marks = new ObjectMapper().readTree(line.substring(ColdStart.LOG_PREFIX.length()));
        List<String> phases = new ArrayList<>();
        marks.fieldNames().forEachRemaining(phases::add);
        assertEquals(List.of("quarkus started", "DynamoDb first call", "say 'hi'", "first result"), phases);
        assertEquals(1_000, marks.get("quarkus started").asLong());
        assertEquals(1_200, marks.get("first result").asLong());

        // a warm container: nothing more is kept or logged
        coldStart.record("S3 first call", 2_000);
        assertTrue(coldStart.complete(2_100).isEmpty());

        // restored from a SnapStart snapshot: the next result is a first result again, timed from the restore
        coldStart.restart(3_000);
        coldStart.record("event received", 3_010);
        JsonNode restored = new ObjectMapper().readTree(coldStart.complete(3_050).orElseThrow().substring(ColdStart.LOG_PREFIX.length()));
        List<String> after = new ArrayList<>();
        restored.fieldNames().forEachRemaining(after::add);
        assertEquals(List.of("restored", "event received", "first result"), after);
    }
}
