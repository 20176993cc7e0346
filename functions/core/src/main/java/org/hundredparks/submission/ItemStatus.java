package org.hundredparks.submission;

/** The review workflow of every list item: only PUBLISHED items are seen beyond their owners. */
public enum ItemStatus {
    DRAFT, SUBMITTED, PUBLISHED, CLOSED
}
