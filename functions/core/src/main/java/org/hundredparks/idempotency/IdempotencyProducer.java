package org.hundredparks.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class IdempotencyProducer {

    @Produces
    @ApplicationScoped
    IdempotencyStore idempotencyStore(RecordStore records, Clock clock, IdempotencyConfig config) {
        return new IdempotencyStore(records, clock, config.retention(), config.lock());
    }
}
