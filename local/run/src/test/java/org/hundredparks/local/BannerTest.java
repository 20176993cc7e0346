package org.hundredparks.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The start banner names each part with its own address (it once shifted every line by one argument). */
class BannerTest {

    @Test
    void eachLineShowsItsOwnPart() {
        String banner = LocalPlatform.banner(7.5, "http://127.0.0.1:8080", "http://127.0.0.1:4569", "http://127.0.0.1:4570",
                Path.of("/data/logs"));
        assertTrue(line(banner, "API").contains("http://127.0.0.1:8080  (health: http://127.0.0.1:8080/health"), banner);
        assertTrue(line(banner, "reminders").contains("http://127.0.0.1:8080/_local/reminders/run"), banner);
        assertTrue(line(banner, "DynamoDB").contains("DynamoDB      http://127.0.0.1:4569   S3 http://127.0.0.1:4570"), banner);
        assertTrue(line(banner, "logs").endsWith("/data/logs"), banner);
        assertTrue(banner.startsWith("Hundred Parks is up in 7.5 s."), banner);
    }

    private static String line(String banner, String label) {
        return Arrays.stream(banner.split("\n")).filter(l -> l.strip().startsWith(label)).findFirst().orElseThrow();
    }
}
