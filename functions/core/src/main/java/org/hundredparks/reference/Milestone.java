package org.hundredparks.reference;

import java.time.LocalDate;

/** A dated obligation of the programme, as the calendar file lists it. */
public record Milestone(String key, String title, LocalDate due, Kind kind, String subject) {

    public enum Kind { ACTION_PLAN, EVALUATION_REPORT }
}
