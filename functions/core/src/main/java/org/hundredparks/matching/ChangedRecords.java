package org.hundredparks.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.platform.SideBySide;
import org.hundredparks.storage.Item;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;

/**
 * How the match and search indexes look at the table: every list item and profile changed at a time or later (null:
 * all), one index query per list and status and one for the profiles, run side by side, so that a cold start waits for
 * the slowest query, not for their sum. Records are handed over page by page from the readers' threads as they come (a
 * rebuild never holds the whole table), so the consumer must be safe to call from several threads.
 */
public final class ChangedRecords {

    private static final int READERS = 6;

    private ChangedRecords() {
    }

    /** Hands every record changed at {@code from} or later to {@code each}; returns how many. */
    public static int read(ListItemRepository items, EnterpriseService enterprises, Instant from, Consumer<Item> each,
            String threadName) {
        AtomicInteger read = new AtomicInteger();
        Consumer<Item> counted = record -> {
            each.accept(record);
            read.incrementAndGet();
        };
        List<Callable<Integer>> reads = new ArrayList<>();
        for (ListType type : ListType.values()) {
            for (ItemStatus status : ItemStatus.values()) {
                reads.add(() -> items.forEachRecord(type, status, from, counted));
            }
        }
        reads.add(() -> enterprises.forEachRecord(from, counted));
        SideBySide.all(threadName, READERS, reads);
        return read.get();
    }
}
