package org.hundredparks.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "hundredparks.idempotency")
public interface IdempotencyConfig {

    /** How long a key answers retries with its first response. */
    @WithDefault("PT24H")
    Duration retention();

    /** How long a claimed key waits for its request before a retry may take it over. */
    @WithDefault("PT1M")
    Duration lock();
}
