package org.hundredparks.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's dated obligations (notice 三): the milestones of {@code reference/programme-calendar.csv}.
 * The reminders remind of them; the reports cover the plans of the action-plan milestone's period.
 */
public final class ProgrammeCalendar {

    private final List<Milestone> milestones;

    public ProgrammeCalendar(List<Milestone> milestones) {
        this.milestones = List.copyOf(milestones);
    }

    public static ProgrammeCalendar standard() {
        List<Milestone> milestones = new ArrayList<>();
        try (InputStream in = ProgrammeCalendar.class.getResourceAsStream("/reference/programme-calendar.csv")) {
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
        return new ProgrammeCalendar(milestones);
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    /** The action plans' milestone: when they are due, and for which period ({@code subject}). */
    public Milestone actionPlans() {
        return milestones.stream().filter(m -> m.kind() == Milestone.Kind.ACTION_PLAN).findFirst()
                .orElseThrow(() -> new IllegalStateException("the calendar has no action-plan milestone"));
    }
}
