package org.hundredparks.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.hundredparks.reference.ProgrammeCalendar;
import org.hundredparks.storage.RecordStore;

@ApplicationScoped
class ActionPlanProducer {

    /** Plans are late after the calendar's action-plan milestone: one date for the late flag and the reminders. */
    @Produces
    @ApplicationScoped
    ActionPlanService actionPlans(RecordStore records, Clock clock) {
        return new ActionPlanService(records, clock, ProgrammeCalendar.standard().actionPlans().due());
    }
}
