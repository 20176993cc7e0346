package org.hundredparks.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class CooperationProducer {

    @Produces
    @ApplicationScoped
    CooperationService cooperationService(RecordStore records, Clock clock) {
        return new CooperationService(records, clock);
    }
}
