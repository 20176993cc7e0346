package org.hundredparks.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * An upload on a kept-alive connection that the server closes as the upload arrives (the race between a client
 * reusing an idle connection and a server timing it out: CI met it between a report's generation and its upload).
 * The server here speaks just enough HTTP/1.1 to answer S3's PUT, keeps connections alive, and closes the connection
 * that brings it the second request as soon as it has read that request's head, without answering.
 */
class NoExpectContinueTest {

    private ServerSocket server;
    /** Per connection, the request lines it read, in order. */
    private final List<List<String>> connections = new CopyOnWriteArrayList<>();
    /** Every request's head, as read. */
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final AtomicInteger requestCount = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::serve, "s3-that-drops-a-connection");
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void anUploadOnAConnectionTheServerClosedIsSentAgain() {
        try (S3Client s3 = AwsClients.light(client()).build()) {
            s3.putObject(b -> b.bucket("reports").key("first"), RequestBody.fromBytes(new byte[1000]));
            s3.putObject(b -> b.bucket("reports").key("second"), RequestBody.fromBytes(new byte[1000]));
        }
        assertEquals(List.of(List.of("PUT /reports/first", "PUT /reports/second"), List.of("PUT /reports/second")),
                connections, "the second upload went out on the kept-alive connection, which closed, then on a new one");
        assertTrue(heads.stream().noneMatch(head -> head.toLowerCase().contains("\r\nexpect:")), "no upload asked to continue");
    }

    /**
     * What the interceptor is for: the same client without it loses the upload, and the SDK does not retry it. When a
     * Quarkus upgrade brings the SDK's own fix (aws/aws-sdk-java-v2#7347), this fails: the interceptor can go then.
     */
    @Test
    void withoutTheInterceptorTheUploadFailsUnretried() {
        try (S3Client s3 = client().httpClient(UrlConnectionHttpClient.create()).build()) {
            s3.putObject(b -> b.bucket("reports").key("first"), RequestBody.fromBytes(new byte[1000]));
            assertThrows(UncheckedIOException.class,
                    () -> s3.putObject(b -> b.bucket("reports").key("second"), RequestBody.fromBytes(new byte[1000])));
        }
        assertEquals(List.of(List.of("PUT /reports/first", "PUT /reports/second")), connections, "no second attempt");
    }

    private S3ClientBuilder client() {
        return S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                .region(Region.of("cn-north-1")).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local-secret")));
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                List<String> requests = new CopyOnWriteArrayList<>();
                connections.add(requests);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                String head;
                while ((head = readHead(in)) != null) {
                    heads.add(head);
                    String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
                    requests.add(requestLine[0] + " " + requestLine[1]);
                    if (requestCount.incrementAndGet() == 2) {
                        break; // closes the connection with the request unanswered
                    }
                    if (head.toLowerCase().contains("\r\nexpect: 100-continue")) {
                        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    in.readNBytes(contentLength(head));
                    out.write("HTTP/1.1 200 OK\r\nETag: \"e\"\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // the server socket closed at the end of the test
            }
        }
    }

    /** A request's head up to its blank line, or null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                return head.toString();
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }
}
