package org.hundredparks.local.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A process this stack started and must stop. Output goes to a log file, so that a failing start
 * can say why, and the process is destroyed with the JVM that started it.
 */
public final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread reaper;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.reaper = new Thread(this::destroy, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** A process with this one's environment and {@code environment} added to it, in this one's working directory. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logDir) {
        return start(name, command, environment, logDir, null, true);
    }

    /** As {@link #start(String, List, Map, Path)}, in {@code workingDir}. */
    public static ChildProcess startIn(String name, List<String> command, Map<String, String> environment, Path logDir,
            Path workingDir) {
        return start(name, command, environment, logDir, workingDir, true);
    }

    /**
     * A process that sees {@code environment} and nothing of this one's, in {@code workingDir}: how Lambda starts a
     * function (a developer's shell variables would be read by the function's configuration at every start).
     */
    public static ChildProcess startIsolated(String name, List<String> command, Map<String, String> environment, Path logDir,
            Path workingDir) {
        return start(name, command, environment, logDir, workingDir, false);
    }

    private static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logDir,
            Path workingDir, boolean inherit) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (!inherit) {
                builder.environment().clear();
            }
            builder.environment().putAll(environment);
            if (workingDir != null) {
                builder.directory(workingDir.toFile());
            }
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + command, e);
        }
    }

    /** Waits until the process accepts TCP connections on the port, or fails with its log. */
    public ChildProcess awaitPort(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return this;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        destroy();
        throw new IllegalStateException(name + " did not listen on port " + port + " within " + timeout + ":\n" + tail());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void destroy() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
