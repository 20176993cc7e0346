package org.hundredparks.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class EnterpriseProducer {

    @Produces
    @ApplicationScoped
    EnterpriseService enterpriseService(RecordStore records, Clock clock) {
        return new EnterpriseService(records, clock);
    }
}
