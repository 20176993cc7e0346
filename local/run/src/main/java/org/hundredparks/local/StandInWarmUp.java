package org.hundredparks.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hundredparks.local.aws.HttpApiFront;
import org.hundredparks.local.aws.LambdaRuntimeApi;
import org.hundredparks.local.aws.LocalAwsStack;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Brings the local stand-ins' request paths to speed before a function's start is timed. DynamoDB and S3 in AWS are
 * warm services; here dynalite (Node), the stream relay, the runtime-API stand-in and the HTTP front (this JVM) and
 * s3proxy (a JVM of its own) each answer their first few hundred requests slowly while their code is interpreted, and
 * a function started first would be charged for that. The requests touch nothing a function reads: queries of an index
 * partition no record uses, objects in a bucket of their own, a runtime API and a front of their own.
 */
final class StandInWarmUp {

    private static final String BUCKET = "hundred-parks-warm-up";

    private StandInWarmUp() {
    }

    static void run(LocalAwsStack stack, String table, HttpClient caller, int rounds) {
        try (DynamoDbClient dynamo = LocalPlatform.dynamoClient(stack); S3Client s3 = LocalPlatform.s3Client(stack)) {
            for (int i = 0; i < rounds; i++) {
                dynamo.query(q -> q.tableName(table).indexName("byStatus").limit(500).scanIndexForward(false)
                        .keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", "gsi3pk"))
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("WARM-UP#nothing"))));
            }
            s3.createBucket(b -> b.bucket(BUCKET));
            for (int i = 0; i < rounds / 2; i++) {
                String key = "warm-up/" + (i % 8);
                s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromString("warm-up " + i));
                s3.getObjectAsBytes(g -> g.bucket(BUCKET).key(key));
            }
        }
        runtimeApi(rounds);
        front(caller, rounds);
    }

    /** The front turning HTTP requests into API Gateway events, and the caller's client, with a function that answers at once. */
    private static void front(HttpClient caller, int rounds) {
        String answer = "{\"statusCode\": 204, \"headers\": {}, \"body\": \"\"}";
        try (HttpApiFront front = HttpApiFront.start(0, event -> answer, Map.of())) {
            for (int i = 0; i < rounds; i++) {
                caller.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + "/warm-up?i=" + i))
                        .header("Authorization", "Bearer warm-up").build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A function's loop played by this thread against a runtime API of its own: next, then the response. */
    private static void runtimeApi(int rounds) {
        try (LambdaRuntimeApi api = LambdaRuntimeApi.start("warm-up", 0)) {
            AtomicBoolean done = new AtomicBoolean();
            Thread function = new Thread(() -> {
                while (!done.get()) {
                    try {
                        HttpURLConnection next = open(api, "invocation/next");
                        String id = next.getHeaderField("Lambda-Runtime-Aws-Request-Id");
                        try (InputStream in = next.getInputStream()) {
                            in.readAllBytes();
                        }
                        HttpURLConnection response = open(api, "invocation/" + id + "/response");
                        response.setRequestMethod("POST");
                        response.setDoOutput(true);
                        try (OutputStream out = response.getOutputStream()) {
                            out.write("{}".getBytes(StandardCharsets.UTF_8));
                        }
                        try (InputStream in = response.getInputStream()) {
                            in.readAllBytes();
                        }
                    } catch (IOException e) {
                        return; // the stand-in closed
                    }
                }
            }, "warm-up-function");
            function.setDaemon(true);
            function.start();
            for (int i = 0; i < rounds; i++) {
                api.invoke("{\"warmUp\": " + i + "}", Duration.ofSeconds(10));
            }
            done.set(true);
        }
    }

    private static HttpURLConnection open(LambdaRuntimeApi api, String path) throws IOException {
        try {
            return (HttpURLConnection) URI.create("http://" + api.address() + "/2018-06-01/runtime/" + path).toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
