package org.hundredparks.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class ObjectStoreTest {

    private static final S3Client S3 = TestAws.s3();
    private static final String BUCKET = "objects-" + System.nanoTime();
    private final ObjectStore store = new ObjectStore(S3, TestAws.presigner());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void bucket() {
        BucketBootstrap.ensure(S3, List.of(BUCKET));
        BucketBootstrap.ensure(S3, List.of(BUCKET)); // idempotent
    }

    @Test
    void storesAndReadsBackObjects() {
        byte[] body = "中期评估报告".getBytes(StandardCharsets.UTF_8);
        store.put(BUCKET, "reports/MIDTERM/nation/r1/report.json", body, "application/json");
        assertArrayEquals(body, store.get(BUCKET, "reports/MIDTERM/nation/r1/report.json").orElseThrow());
        assertTrue(store.get(BUCKET, "reports/none").isEmpty());
    }

    @Test
    void presignedUrlsUploadAndDownloadWithoutCredentials() throws Exception {
        byte[] sheet = "成果名称,技术领域\n锂电池回收,新能源\n".getBytes(StandardCharsets.UTF_8);
        var put = store.presignPut(BUCKET, "uploads/org-1/u1.csv", "text/csv", Duration.ofMinutes(5));
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(put).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(sheet)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, uploaded.statusCode(), uploaded.body());

        var get = store.presignGet(BUCKET, "uploads/org-1/u1.csv", Duration.ofMinutes(5));
        HttpResponse<byte[]> downloaded = http.send(HttpRequest.newBuilder(get).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(sheet, downloaded.body());

        // the signature covers the key: a URL edited to another object is refused
        var tampered = java.net.URI.create(get.toString().replace("u1.csv", "u2.csv"));
        assertNotEquals(200, http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
