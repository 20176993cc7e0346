package org.hundredparks.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Independent calls run side by side on a few threads of their own: most of such a call's time is waiting for
 * DynamoDB or S3, so the caller waits for the slowest, not for the sum (a cold start's reads, a report's files, a
 * reminder run's writes).
 *
 * <p>Nothing is left running behind the caller: closing waits for every call started, also when one has failed, and
 * interrupts none of them (an interrupted SDK call aborts every later call on its thread, which would leave a
 * half-done write, a claimed delivery never sent, a consumer still called after its reader has given up).
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

    /**
     * Every call's result, in the calls' order, once all are done; if any failed, the first failure once all are done,
     * the others added to it as suppressed.
     */
    public static <T> List<T> all(String threadName, int threads, List<? extends Callable<T>> calls) {
        try (SideBySide side = new SideBySide(threadName, threads)) {
            List<Started<T>> started = new ArrayList<>();
            calls.forEach(call -> started.add(side.start(call)));
            List<T> results = new ArrayList<>();
            RuntimeException failed = null;
            for (Started<T> each : started) {
                try {
                    results.add(each.get());
                } catch (RuntimeException e) {
                    if (failed == null) {
                        failed = e;
                    } else if (failed != e) {
                        failed.addSuppressed(e);
                    }
                }
            }
            if (failed != null) {
                throw failed;
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

    /** Waits for every call started; an interrupt of the caller stops the waiting, and then the calls. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a Lambda function's own timeout bounds this; a long report may take minutes
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A call under way. */
    public static final class Started<T> {
        private final Future<T> future;

        private Started(Future<T> future) {
            this.future = future;
        }

        /**
         * Its result, once it has one. Its own exception if it threw a runtime exception; anything else (a checked
         * exception, an error) wrapped in an IllegalStateException, so that a caller's handling of failures (a job
         * marked FAILED) sees it.
         */
        public T get() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }
}
