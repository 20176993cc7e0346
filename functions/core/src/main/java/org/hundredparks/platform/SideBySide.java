package org.hundredparks.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent calls run side by side on a few threads of their own: most of such a call's time is waiting for
 * DynamoDB or S3, so the caller waits for the slowest, not for the sum (a cold start's work, a report's reads).
 * A call's failure comes out of {@link Started#get()} as it was thrown; closing stops whatever is still running.
 */
public final class SideBySide implements AutoCloseable {

    private final ExecutorService pool;

    public SideBySide(String threadName, int threads) {
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every call's result, in the calls' order, once all are done. */
    public static <T> List<T> all(String threadName, int threads, List<? extends Callable<T>> calls) {
        try (SideBySide side = new SideBySide(threadName, threads)) {
            List<Started<T>> started = new ArrayList<>();
            calls.forEach(call -> started.add(side.start(call)));
            List<T> results = new ArrayList<>();
            for (Started<T> each : started) {
                results.add(each.get());
            }
            return results;
        }
    }

    public <T> Started<T> start(Callable<T> call) {
        return new Started<>(pool.submit(call));
    }

    public Started<Void> start(Runnable work) {
        return new Started<>(pool.submit(work, null));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A call under way. */
    public static final class Started<T> {
        private final Future<T> future;

        private Started(Future<T> future) {
            this.future = future;
        }

        /** Its result, once it has one; its own exception if it threw one (a checked one wrapped). */
        public T get() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
