package org.hundredparks.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The platform's few calls of a JSON service outside AWS (WeChat's server API), on the JDK's URL connection: the stack
 * the AWS SDK's clients already use here, so a native executable carries one HTTP client, not two (java.net.http's
 * HttpClient is about 1.5 MB of it).
 */
public final class JsonHttp {

    /** An answer: its status and its body as text (read from the error stream for a status of 400 or more). */
    public record Answer(int status, String body) {
    }

    private JsonHttp() {
    }

    public static Answer get(URI uri, Duration timeout) throws IOException {
        return call(uri, timeout, null);
    }

    public static Answer post(URI uri, Duration timeout, String json) throws IOException {
        return call(uri, timeout, json);
    }

    private static Answer call(URI uri, Duration timeout, String json) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setInstanceFollowRedirects(false); // WeChat's API answers where it is asked
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis()); // per read: a slow trickle can outlast it
            connection.setRequestProperty("Accept", "application/json");
            if (json != null) {
                byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                // read to its end and closed, not disconnected: the connection goes back to the JDK's keep-alive cache
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            connection.disconnect(); // a broken connection is not kept for the next call
            throw e;
        }
    }
}
