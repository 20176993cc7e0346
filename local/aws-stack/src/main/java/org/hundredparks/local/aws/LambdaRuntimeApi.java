package org.hundredparks.local.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda runtime API (2018-06-01) on loopback, for one function: the function's process polls
 * {@code /invocation/next} exactly as it does in AWS (set {@code AWS_LAMBDA_RUNTIME_API} to
 * {@link #address()}), so the same artifact, JVM or native, runs here unchanged.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    private final String functionName;
    private final HttpServer server;
    private final LinkedBlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();

    private LambdaRuntimeApi(String functionName, HttpServer server) {
        this.functionName = functionName;
        this.server = server;
    }

    public static LambdaRuntimeApi start(String functionName, int port) {
        try {
            HttpServer server = LoopbackServer.create(new InetSocketAddress("127.0.0.1", port), 16);
            LambdaRuntimeApi api = new LambdaRuntimeApi(functionName, server);
            server.createContext(PREFIX, api::handle);
            server.setExecutor(Executors.newCachedThreadPool(StreamRelay.daemon("runtime-api-" + functionName)));
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Invokes the function with an event and waits for its response (an error response throws). */
    public String invoke(String event, Duration timeout) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, System.currentTimeMillis() + timeout.toMillis());
        pending.add(invocation);
        try {
            return CompletableFuture.anyOf(invocation.response, initError)
                    .thenApply(String.class::cast)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new FunctionError(functionName, e.getCause().getMessage());
        } catch (TimeoutException e) {
            pending.remove(invocation);
            throw new FunctionError(functionName, "no response within " + timeout);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                Invocation next = pending.take();
                inFlight.put(next.id, next);
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.id);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(next.deadlineMillis));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:local:000000000000:function:" + functionName);
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-" + next.id.replace("-", "").substring(0, 24));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 200, next.event.getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("invocation/") && path.endsWith("/response")) {
                complete(path, invocation -> invocation.response.complete(new String(body, StandardCharsets.UTF_8)));
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("invocation/") && path.endsWith("/error")) {
                complete(path, invocation -> invocation.response.completeExceptionally(
                        new IllegalStateException(new String(body, StandardCharsets.UTF_8))));
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("init/error")) {
                initError.completeExceptionally(new IllegalStateException("init error: " + new String(body, StandardCharsets.UTF_8)));
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\"}".getBytes(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void complete(String path, java.util.function.Consumer<Invocation> action) {
        String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
        Invocation invocation = inFlight.remove(id);
        if (invocation != null) {
            action.accept(invocation);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Invocation(String id, String event, long deadlineMillis, CompletableFuture<String> response) {
        Invocation(String id, String event, long deadlineMillis) {
            this(id, event, deadlineMillis, new CompletableFuture<>());
        }
    }

    /** The function answered with an error, or not at all. */
    public static final class FunctionError extends RuntimeException {
        FunctionError(String function, String message) {
            super(function + ": " + message);
        }
    }
}
