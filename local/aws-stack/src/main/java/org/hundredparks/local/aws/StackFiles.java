package org.hundredparks.local.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build put the emulators on this machine, and free ports to run them on. */
final class StackFiles {

    private static final Properties LOCATIONS = load();

    private StackFiles() {
    }

    static Path dynaliteCli() {
        return existing("dynalite.cli", "run the build once (mvn install) so that npm installs dynalite");
    }

    static Path s3proxyJar() {
        return existing("s3proxy.jar", "run the build once (mvn install) so that Maven fetches s3proxy");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String key, String hint) {
        Path path = Path.of(LOCATIONS.getProperty(key, ""));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(key + " not found at '" + path + "': " + hint);
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = StackFiles.class.getResourceAsStream("/local-aws-stack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
