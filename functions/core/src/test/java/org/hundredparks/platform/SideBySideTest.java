package org.hundredparks.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void resultsComeInTheCallsOrderWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> calls = List.of(() -> sleepThen(60, 1), () -> sleepThen(0, 2), () -> sleepThen(30, 3));
        assertEquals(List.of(1, 2, 3), SideBySide.all("test", 3, calls));
    }

    @Test
    void aFailureComesOutOnlyAfterTheOtherCallsHaveFinishedUninterrupted() {
        AtomicBoolean slowFinished = new AtomicBoolean();
        AtomicBoolean slowInterrupted = new AtomicBoolean();
        IllegalStateException first = new IllegalStateException("first");
        List<Callable<Integer>> calls = List.of(() -> {
            throw first;
        }, () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                slowInterrupted.set(true);
            }
            slowFinished.set(true);
            return 2;
        }, () -> {
            throw new IllegalArgumentException("second");
        });
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SideBySide.all("test", 3, calls));
        assertSame(first, thrown, "the first call's own exception");
        assertEquals(1, thrown.getSuppressed().length, "the other failure rides along");
        assertInstanceOf(IllegalArgumentException.class, thrown.getSuppressed()[0]);
        assertTrue(slowFinished.get(), "the slow call had finished when the failure came out");
        assertFalse(slowInterrupted.get(), "and was not interrupted");
    }

    @Test
    void checkedExceptionsAndErrorsComeWrappedSoThatCallersHandlingFailuresSeeThem() {
        IOException checked = new IOException("disk");
        OutOfMemoryError error = new OutOfMemoryError("heap");
        RuntimeException fromChecked = assertThrows(RuntimeException.class, () -> SideBySide.all("test", 1, List.of(() -> {
            throw checked;
        })));
        assertSame(checked, fromChecked.getCause());
        RuntimeException fromError = assertThrows(RuntimeException.class, () -> SideBySide.all("test", 1, List.<Callable<Object>>of(() -> {
            throw error;
        })));
        assertSame(error, fromError.getCause());
    }

    @Test
    void closingWaitsForWorkStartedWithoutAResult() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        try (SideBySide side = new SideBySide("test", 1)) {
            side.start(() -> {
                started.countDown();
                sleepThen(100, 0);
                done.set(true);
            });
            assertTrue(started.await(5, TimeUnit.SECONDS));
        }
        assertTrue(done.get(), "closed only once the work was done");
    }

    private static int sleepThen(long millis, int value) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
