package org.hundredparks.idempotency;

import java.util.List;
import org.hundredparks.storage.RecordLayout;

/** The keys of idempotency records; {@link #LAYOUT} is what docs/data-model.md shows. */
final class IdempotencyKeys {

    static final String IDEMPOTENCY = "IDEMPOTENCY";

    private IdempotencyKeys() {
    }

    static String key(String scope, String key) {
        return "IDEMPOTENCY#" + scope + "#" + key;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("idempotency key", key("<caller>", "<Idempotency-Key>"), IDEMPOTENCY,
                    "a write's first response for its retries: IN_PROGRESS (with lockedUntil) or COMPLETED; expiresAt = +24 h"));
}
