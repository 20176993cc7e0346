package org.hundredparks.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When to remind: the milestones of {@code reminder/calendar.csv}, and the offsets a reminder falls on.
 * Before a due date: 14, 7 and 1 days ahead; after it, while still not done: the day after and then weekly.
 */
public final class ReminderCalendar {

    static final Set<Integer> BEFORE = Set.of(-14, -7, -1);

    private final List<Milestone> milestones;

    public ReminderCalendar(List<Milestone> milestones) {
        this.milestones = List.copyOf(milestones);
    }

    public static ReminderCalendar standard() {
        List<Milestone> milestones = new ArrayList<>();
        try (InputStream in = ReminderCalendar.class.getResourceAsStream("/reminder/calendar.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split(",");
                milestones.add(new Milestone(cols[0], cols[1], LocalDate.parse(cols[2]), Milestone.Kind.valueOf(cols[3]), cols[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReminderCalendar(milestones);
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    /** Whether a reminder falls on {@code offset} days from the due date (negative: before it). */
    static boolean remindsOn(int offset, boolean remindWhileLate) {
        return BEFORE.contains(offset) || remindWhileLate && offset >= 1 && (offset - 1) % 7 == 0;
    }
}
