package org.hundredparks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class AuditProducer {

    @Produces
    @ApplicationScoped
    AuditTrail auditTrail(RecordStore records, Clock clock) {
        return new AuditTrail(records, clock);
    }
}
