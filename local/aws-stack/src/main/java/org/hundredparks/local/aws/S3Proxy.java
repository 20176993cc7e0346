package org.hundredparks.local.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * S3 on loopback: s3proxy's self-contained jar in its own JVM, so that its Jetty and jclouds never meet
 * the platform's classpath. Requests are checked against real SigV4 signatures (presigned URLs too).
 * {@code transient-nio2} keeps objects in memory; {@code filesystem-nio2} keeps them under a folder.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local-secret";

    private final ChildProcess process;
    private final int port;

    private S3Proxy(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param dataDir where to keep the objects, or null to keep them in memory */
    public static S3Proxy start(int port, Path dataDir, Path logDir) {
        int chosen = port > 0 ? port : StackFiles.freePort();
        try {
            Files.createDirectories(logDir);
            Path properties = logDir.resolve("s3proxy-" + chosen + ".properties");
            StringBuilder config = new StringBuilder()
                    .append("s3proxy.endpoint=http://127.0.0.1:").append(chosen).append('\n')
                    .append("s3proxy.authorization=aws-v2-or-v4\n")
                    .append("s3proxy.identity=").append(ACCESS_KEY).append('\n')
                    .append("s3proxy.credential=").append(SECRET_KEY).append('\n')
                    .append("jclouds.identity=").append(ACCESS_KEY).append('\n')
                    .append("jclouds.credential=").append(SECRET_KEY).append('\n');
            if (dataDir == null) {
                config.append("jclouds.provider=transient-nio2\n");
            } else {
                Files.createDirectories(dataDir);
                config.append("jclouds.provider=filesystem-nio2\n")
                        .append("jclouds.filesystem.basedir=").append(dataDir.toAbsolutePath()).append('\n');
            }
            Files.writeString(properties, config);
            List<String> command = List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-jar", StackFiles.s3proxyJar().toString(), "--properties", properties.toString());
            ChildProcess process = ChildProcess.start("s3proxy-" + chosen, command, Map.of(), logDir)
                    .awaitPort(chosen, Duration.ofSeconds(60));
            return new S3Proxy(process, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
