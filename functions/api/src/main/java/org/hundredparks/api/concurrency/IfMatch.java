package org.hundredparks.api.concurrency;

import org.hundredparks.platform.Refusal;
import org.hundredparks.validation.InvalidInputException;

/** The If-Match header of optimistic concurrency: "3", W/"3" or 3, the version an ETag handed out. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null when the header is absent. */
    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String bare = header.trim().replaceFirst("^W/", "").replace("\"", "");
        if (!bare.matches("\\d{1,18}")) {
            throw new InvalidInputException("INVALID_IF_MATCH", "If-Match", "If-Match 应为读取时得到的 ETag");
        }
        return Long.parseLong(bare);
    }

    /** The version, where a change must say which one it revises (428 Precondition Required). */
    public static long required(String header) {
        Long version = version(header);
        if (version == null) {
            throw new Refusal(428, "IF_MATCH_REQUIRED", "If-Match", "修改须带 If-Match 请求头（取自读取时的 ETag）");
        }
        return version;
    }
}
