package org.hundredparks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class OrganisationProducer {

    @Produces
    @ApplicationScoped
    OrganisationService organisationService(RecordStore records, AuditTrail audit, Clock clock) {
        return new OrganisationService(records, audit, clock);
    }
}
