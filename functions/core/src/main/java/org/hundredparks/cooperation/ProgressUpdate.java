package org.hundredparks.cooperation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.validation.Rules;

/** A dated account of what happened; never edited: a correction is a new update naming the one it corrects. */
@RegisterForReflection
public record ProgressUpdate(String id, LocalDate date, String text, String correctsId, String recordedBy, Instant recordedAt) {

    /** What a party sends. */
    @RegisterForReflection
    @Schema(name = "ProgressEntry")
    public record Entry(LocalDate date, String text, String correctsId) {
        void check(Rules rules) {
            rules.required("date", "日期", date).required("text", "进展内容", text).length("text", "进展内容", text, 3000)
                    .length("correctsId", "更正的条目", correctsId, 64);
        }
    }
}
