package org.hundredparks.reminder;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder in an inbox. {@code audience} is whom it is for: a person ({@code USER#<token subject>}),
 * an organisation ({@code ORG#<id>}) or the authorities of a province ({@code PROVINCE#<2 digits>});
 * {@code offsetDays} is its day relative to the due date (−14, −7, −1 before; 1, 8, 15 … after);
 * {@code readAt} is when the person reading the inbox marked it read; {@code delivery} how it reached that person
 * outside the inbox (a WeChat subscription message), if it went to them.
 */
@RegisterForReflection
public record Reminder(String id, String audience, String subjectKey, int offsetDays, String title, String text,
        LocalDate due, Instant createdAt, Instant readAt, Delivery delivery) {
}
