package org.hundredparks.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.platform.ClockProducer;
import org.hundredparks.reminder.Reminder;
import org.hundredparks.reminder.ReminderService;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidService;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;

/**
 * Puts a person's {@link Home} together from each feature's own service, with bounds that keep one request to a few
 * dozen small reads however large the organisation: items counted up to {@link #COUNTED} a list (at most 12 pages of
 * 100 in all), bids looked for on the {@link #CHALLENGES} newest published challenges until {@link #CARDS} are found
 * (two reads a challenge), the reminders from one page, the cooperations from a page of those the organisation opened and
 * a page of those it is a party to (one batch read).
 */
public class HomeService {

    static final int COUNTED = 300;
    static final int CHALLENGES = 10;
    static final int CARDS = 5;

    private final OrganisationService organisations;
    private final ReminderService reminders;
    private final SubmissionService submissions;
    private final BidService bids;
    private final CooperationService cooperations;
    private final Clock clock;
    private final int quietDays;

    /** {@code quietDays}: a cooperation without progress for this long is due an update (the reminders start then too). */
    public HomeService(OrganisationService organisations, ReminderService reminders, SubmissionService submissions, BidService bids,
            CooperationService cooperations, Clock clock, int quietDays) {
        this.organisations = organisations;
        this.reminders = reminders;
        this.submissions = submissions;
        this.bids = bids;
        this.cooperations = cooperations;
        this.clock = clock;
        this.quietDays = quietDays;
    }

    public Home home(Caller caller) {
        Home.OrganisationCard organisation = caller.organisationId() == null ? null : organisations.find(caller.organisationId())
                .map(o -> new Home.OrganisationCard(o.id(), o.name(), o.kind(), o.status())).orElse(null);

        List<Reminder> unread = reminders.inbox(caller, 50).stream().filter(r -> r.readAt() == null).toList();
        Home.Reminders reminderCards = new Home.Reminders(unread.size(), unread.stream().limit(CARDS)
                .map(r -> new Home.ReminderCard(r.id(), r.title(), r.due(), r.offsetDays())).toList());

        Map<ListType, Map<ItemStatus, Integer>> items = new EnumMap<>(ListType.class);
        List<ListItem> publishedChallenges = new ArrayList<>();
        for (ListType type : ListType.values()) {
            List<ListItem> mine = submissions.mine(caller, type, COUNTED);
            if (!mine.isEmpty()) {
                Map<ItemStatus, Integer> byStatus = new EnumMap<>(ItemStatus.class);
                mine.forEach(i -> byStatus.merge(i.status(), 1, Integer::sum));
                items.put(type, byStatus);
            }
            if (type == ListType.CHALLENGE) {
                mine.stream().filter(i -> i.status() == ItemStatus.PUBLISHED).limit(CHALLENGES).forEach(publishedChallenges::add);
            }
        }

        List<Home.BidCard> toDecide = new ArrayList<>();
        for (ListItem challenge : publishedChallenges) {
            if (toDecide.size() >= CARDS) {
                break;
            }
            for (Bid bid : bids.awaitingDecision(caller, challenge)) {
                toDecide.add(new Home.BidCard(bid.id(), challenge.id(), ((ChallengeFields) challenge.fields()).title(),
                        bid.bidderOrganisationId(), bid.createdAt()));
            }
        }
        toDecide.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));

        Map<Bid.Status, Integer> myBids = new EnumMap<>(Bid.Status.class);
        bids.ofBidder(caller, 100).forEach(b -> myBids.merge(b.status(), 1, Integer::sum));

        LocalDate quietFrom = LocalDate.now(clock.withZone(ClockProducer.CHINA)).minusDays(quietDays);
        // what it opened and what it is a party to: a park's admin opens cooperations it is no party of, a party may not have opened it
        Map<String, Cooperation> mine = new LinkedHashMap<>();
        for (Cooperation c : cooperations.ofOwner(caller, 50)) {
            mine.put(c.id(), c);
        }
        for (Cooperation c : cooperations.ofParty(caller, 50)) {
            mine.putIfAbsent(c.id(), c);
        }
        List<Home.CooperationCard> toUpdate = mine.values().stream()
                .sorted(Comparator.comparing(Cooperation::createdAt).reversed())
                .filter(Cooperation::confirmed)
                .filter(c -> !lastActivity(c).isAfter(quietFrom))
                .limit(CARDS)
                .map(c -> new Home.CooperationCard(c.id(), c.fields().name(), c.lastProgressOn(), c.fields().startedOn()))
                .toList();

        return new Home(new Home.Who(caller.subject(), caller.role(), caller.organisationId(), caller.regionCode(), caller.domain(),
                caller.parkId()), organisation, reminderCards, items, toDecide.stream().limit(CARDS).toList(), myBids, toUpdate);
    }

    private static LocalDate lastActivity(Cooperation cooperation) {
        return cooperation.lastProgressOn() != null ? LocalDate.parse(cooperation.lastProgressOn()) : cooperation.fields().startedOn();
    }
}
