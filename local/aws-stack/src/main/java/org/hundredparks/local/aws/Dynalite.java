package org.hundredparks.local.aws;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB on loopback: dynalite (npm, pinned in this module's package.json) in a Node process.
 * In memory, or on disk under {@code dataDir} so that the local run keeps its data across restarts.
 */
public final class Dynalite implements AutoCloseable {

    private final ChildProcess process;
    private final int port;

    private Dynalite(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param dataDir where to keep the data, or null to keep it in memory */
    public static Dynalite start(int port, Path dataDir, Path logDir) {
        int chosen = port > 0 ? port : StackFiles.freePort();
        List<String> command = new ArrayList<>(List.of("node", StackFiles.dynaliteCli().toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(chosen),
                // tables become ACTIVE at once, as the tests and the bootstrap expect
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dataDir != null) {
            command.add("--path");
            command.add(dataDir.toAbsolutePath().toString());
        }
        ChildProcess process = ChildProcess.start("dynalite-" + chosen, command, Map.of(), logDir)
                .awaitPort(chosen, Duration.ofSeconds(30));
        return new Dynalite(process, chosen);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
