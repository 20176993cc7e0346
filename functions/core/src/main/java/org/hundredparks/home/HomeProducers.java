package org.hundredparks.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.reminder.ReminderService;
import org.hundredparks.submission.BidService;
import org.hundredparks.submission.SubmissionService;

@ApplicationScoped
class HomeProducers {

    @Produces
    @ApplicationScoped
    HomeService home(OrganisationService organisations, ReminderService reminders, SubmissionService submissions, BidService bids,
            CooperationService cooperations, Clock clock, @ConfigProperty(name = "hundredparks.programme.stale-days") int staleDays) {
        // due an update when the first reminder of a quiet cooperation falls (ReminderService: staleDays − 14)
        return new HomeService(organisations, reminders, submissions, bids, cooperations, clock, staleDays - 14);
    }

    @Produces
    @ApplicationScoped
    Cards cards(SubmissionService submissions, MatchStore matches, Clock clock) {
        return new Cards(submissions, matches, clock);
    }
}
