package org.hundredparks.imports;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.submission.ListType;

/**
 * One import of one uploaded file, with its progress. Re-running it (after a failure, or by mistake)
 * writes only what is not there yet: rows are keyed by their external id.
 */
@RegisterForReflection
public record ImportJob(String id, ListType type, String uploadKey, String ownerOrganisationId, Status status,
        int totalRows, int processedRows, int created, int updated, int unchanged, int rejected, List<RowError> errors,
        boolean errorsTruncated, Instant startedAt, Instant finishedAt) {

    @Schema(name = "ImportStatus")
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** How many row errors the job record itself keeps; the rest are counted. */
    public static final int ERRORS_KEPT = 500;
}
