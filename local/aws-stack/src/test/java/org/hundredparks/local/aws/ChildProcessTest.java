package org.hundredparks.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    /** A function sees what Lambda would give it and nothing of the developer's shell (which its configuration reads). */
    @Test
    void anIsolatedProcessSeesOnlyTheEnvironmentItIsGiven() throws Exception {
        assertTrue(System.getenv().containsKey("PATH"), "this check needs a variable of this process's own");
        Set<String> seen = variables(ChildProcess.startIsolated("isolated", List.of("/usr/bin/env"), Map.of("ONLY_THIS", "1"), dir,
                dir));
        assertEquals(Set.of("ONLY_THIS"), seen);
    }

    @Test
    void anOrdinaryProcessInheritsThisOnesEnvironmentAndTheGivenVariables() throws Exception {
        Set<String> seen = variables(ChildProcess.start("inheriting", List.of("/usr/bin/env"), Map.of("ADDED", "1"), dir));
        assertTrue(seen.contains("ADDED"), seen.toString());
        assertTrue(seen.contains("PATH"), seen.toString());
    }

    private static Set<String> variables(ChildProcess process) throws Exception {
        try (process) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return Files.readAllLines(process.log()).stream().filter(line -> line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('='))).collect(Collectors.toSet());
        }
    }
}
