package org.hundredparks.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class ActionPlanProducer {

    @Produces
    @ApplicationScoped
    ActionPlanService actionPlans(RecordStore records, Clock clock,
            @ConfigProperty(name = "hundredparks.programme.action-plan-due") LocalDate due) {
        return new ActionPlanService(records, clock, due);
    }
}
