package org.hundredparks.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hundredparks.local.aws.ChildProcess;
import org.hundredparks.local.aws.LambdaRuntimeApi;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.platform.ColdStart;

/**
 * One function of the platform as Lambda runs it in JVM mode: its {@code function.zip} unpacked as the
 * task root, loaded by AWS's runtime interface client (the managed Java runtime's own loop), which polls
 * this function's runtime API. The artifact is the one that is deployed; nothing is added to it.
 */
final class FunctionProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the AWS Java runtime is told to call for a Quarkus function (see target/sam.jvm.yaml). */
    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final String name;
    private final LambdaRuntimeApi runtime;
    private final ChildProcess process;
    private final long launchedAt;
    /** Where this process's output begins in its log, which every process of the same function appends to. */
    private final long logOffset;

    private FunctionProcess(String name, LambdaRuntimeApi runtime, ChildProcess process, long launchedAt, long logOffset) {
        this.name = name;
        this.runtime = runtime;
        this.process = process;
        this.launchedAt = launchedAt;
        this.logOffset = logOffset;
    }

    /**
     * @param timed a start being timed: the process sees only Lambda's variables and {@code environment}, and its
     *              package is on disk before it is launched; otherwise (the local run) it also sees this launcher's
     *              variables (a developer's exported {@code QUARKUS_LOG_LEVEL} reaches it)
     */
    static FunctionProcess start(String name, Path root, Map<String, String> environment, Path workDir, boolean timed) {
        Path taskRoot = unpack(name, root, workDir, timed);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dhundredparks.root=" + root.toAbsolutePath(),
                "-cp", runtimeClientClasspath(), RIC_MAIN, HANDLER);
        return launch(name, root, taskRoot, command, environment, workDir, timed);
    }

    /**
     * The function built native ({@code -Dnative}): its {@code bootstrap} is the executable, run as the
     * provided.al2023 runtime would. {@code nativeLibraries} holds the JDK libraries an executable of the
     * experimental toolchain needs beside it (a Mandrel build needs none; then pass null).
     */
    static FunctionProcess startNative(String name, Path root, Map<String, String> environment, Path workDir,
            Path nativeLibraries, boolean timed) {
        Path taskRoot = unpack(name, root, workDir, timed);
        Path bootstrap = taskRoot.resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            throw new IllegalStateException(name + "'s function.zip has no bootstrap: build it with -Dnative");
        }
        try {
            if (nativeLibraries != null) {
                copyTree(nativeLibraries, taskRoot.resolve("lib"));
            }
            bootstrap.toFile().setExecutable(true);
            try (Stream<Path> files = Files.list(taskRoot)) {
                files.filter(f -> f.getFileName().toString().endsWith("-runner")).forEach(f -> f.toFile().setExecutable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(name, root, taskRoot, List.of(bootstrap.toString(), "-Xmx256m",
                "-Dhundredparks.root=" + root.toAbsolutePath()), environment, workDir, timed);
    }

    private static Path unpack(String name, Path root, Path workDir, boolean onDisk) {
        // the bare reference (bench/bare) is timed beside the platform's functions
        Path zip = root.resolve("bare".equals(name) ? "bench/bare" : "functions/" + name).resolve("target/function.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no " + zip + ": build first (mvn install -DskipTests)");
        }
        return unzip(zip, workDir.resolve("task-" + name), onDisk);
    }

    private static FunctionProcess launch(String name, Path root, Path taskRoot, List<String> command,
            Map<String, String> environment, Path workDir, boolean timed) {
        LambdaRuntimeApi runtime = LambdaRuntimeApi.start(name, 0);
        // the variables of Lambda's that the functions read or that tell them where they run (not all of Lambda's:
        // no LD_LIBRARY_PATH, no AWS_EXECUTION_ENV), then the function's own
        Map<String, String> env = new HashMap<>(Map.ofEntries(Map.entry("PATH", "/usr/local/bin:/usr/bin/:/bin:/opt/bin"),
                Map.entry("LANG", "en_US.UTF-8"), Map.entry("TZ", ":UTC"), Map.entry("LAMBDA_RUNTIME_DIR", "/var/runtime"),
                Map.entry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
                Map.entry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/hundred-parks-" + name), Map.entry("AWS_LAMBDA_LOG_STREAM_NAME", "local"),
                Map.entry("AWS_REGION", LocalAwsStack.REGION), Map.entry("AWS_DEFAULT_REGION", LocalAwsStack.REGION),
                Map.entry("AWS_ACCESS_KEY_ID", "local"), Map.entry("AWS_SECRET_ACCESS_KEY", "local")));
        env.putAll(environment);
        env.put("AWS_LAMBDA_RUNTIME_API", runtime.address());
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString()); // and the working directory, as /var/task is in Lambda
        env.put("_HANDLER", HANDLER);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "hundred-parks-" + name);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("QUARKUS_PROFILE", "local");
        Path log = workDir.resolve("function-" + name + ".log");
        long logOffset;
        try {
            logOffset = Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long launchedAt = System.currentTimeMillis();
        return new FunctionProcess(name, runtime, (timed ? ChildProcess.startIsolated("function-" + name, command, env, workDir, taskRoot)
                : ChildProcess.startIn("function-" + name, command, env, workDir, taskRoot)), launchedAt,
                logOffset);
    }

    /** The runtime interface client and its own libraries, wherever this launcher loaded them from. */
    private static String runtimeClientClasspath() {
        return Stream.of("com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                        "com.amazonaws.services.lambda.runtime.Context",
                        "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
                        "software.amazon.awssdk.utilslite.SdkInternalThreadLocal")
                .map(FunctionProcess::jarOf)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String jarOf(String className) {
        try {
            return Path.of(Class.forName(className, false, FunctionProcess.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("the Lambda runtime interface client is not on the classpath", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it (a run's task roots are hundreds of MB: a run leaves none behind). */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> old = Files.walk(folder)) {
            old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Unpacks the package as Lambda does before a function starts; {@code onDisk}, waits until the files are on disk:
     * otherwise the kernel writes them back (the matching package alone is 150 MB unpacked) while a timed start reads
     * them.
     */
    private static Path unzip(Path zip, Path target, boolean onDisk) {
        try {
            deleteTree(target);
            Files.createDirectories(target);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("zip entry outside the task root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (FileChannel file = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                StandardOpenOption.TRUNCATE_EXISTING)) {
                            Channels.newOutputStream(file).write(in.readAllBytes());
                            if (onDisk) {
                                file.force(false);
                            }
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }

    String invoke(String event) {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " is not running:\n" + process.tail());
        }
        return runtime.invoke(event, Duration.ofSeconds(60));
    }

    /** When this launcher started the process (epoch milliseconds): what a cold start's phases count from. */
    long launchedAt() {
        return launchedAt;
    }

    /**
     * The phases the function logged at its first result ({@code cold start {"phase": epoch ms, ...}}), each as
     * milliseconds after this launcher started the process, in order.
     */
    String coldStartPhases() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            byte[] all = Files.readAllBytes(log());
            String own = new String(all, (int) Math.min(logOffset, all.length), (int) Math.max(0, all.length - logOffset),
                    StandardCharsets.UTF_8); // this process's output only
            for (String line : own.split("\n")) {
                int at = line.indexOf(ColdStart.LOG_PREFIX + "{");
                if (at >= 0) {
                    List<String> phases = new ArrayList<>();
                    JSON.readTree(line.substring(at + ColdStart.LOG_PREFIX.length())).fields().forEachRemaining(
                            phase -> phases.add(phase.getKey() + " " + (phase.getValue().asLong() - launchedAt)));
                    return String.join(" · ", phases);
                }
            }
            Thread.sleep(100);
        }
        return "(no cold-start line in the log)";
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
        runtime.close();
    }
}
