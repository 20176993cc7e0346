package org.hundredparks.home;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionPolicy;
import org.hundredparks.submission.SubmissionService;

/**
 * The phone's lists as {@link Card}s, one request a screen: a page of any list with the same filters and visibility as
 * the list routes, with the match count on the cards whose matches the caller may read; and the home feed, what was newly published in the caller's
 * province, in the fields of the caller's own items, from the lists that answer the caller's role.
 */
public class Cards {

    static final int FEED_SCAN = 100;

    private final SubmissionService submissions;
    private final MatchStore matches;
    private final Clock clock;

    public Cards(SubmissionService submissions, MatchStore matches, Clock clock) {
        this.submissions = submissions;
        this.matches = matches;
        this.clock = clock;
    }

    /** A page of a list as cards: the list routes' request, answered as cards. */
    public Card.Page page(Caller caller, ListType type, SubmissionService.ListRequest request) {
        ListItemRepository.Found found = submissions.list(caller, type, request);
        return new Card.Page(cards(caller, found.items()), found.nextCursor());
    }

    /**
     * Newly published items for the caller: of the lists that answer its role (an enterprise hears of achievements
     * and staff offers, a university of challenges and talent needs, an authority or park of all), in its province
     * (the nation for a ministry), published within {@code days}, in the fields of its own items when it has any;
     * newest first.
     */
    public List<Card> feed(Caller caller, int days, int limit) {
        Set<String> fields = new LinkedHashSet<>();
        for (ListType type : ListType.values()) {
            submissions.mine(caller, type, 100).forEach(item -> fields.add(item.fields().field()));
        }
        Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
        List<ListItem> found = new ArrayList<>();
        for (ListType type : answering(caller.role())) {
            String province = caller.role() == Role.MINISTRY ? null : caller.provinceCode();
            List<ListItem> published = submissions.list(caller, type, new SubmissionService.ListRequest(province, null, null,
                    ItemStatus.PUBLISHED, since, false, FEED_SCAN, null)).items();
            published.stream().filter(i -> fields.isEmpty() || fields.contains(i.fields().field()))
                    .filter(i -> !caller.owns(i.ownerOrganisationId())).forEach(found::add);
        }
        found.sort(Comparator.comparing(ListItem::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return cards(caller, found.subList(0, Math.min(limit, found.size())));
    }

    /**
     * Cards with their match counts where the caller may read the matches (the item's owner, its authorities and park,
     * as for the match lists themselves): one count query for each such card, none for the others.
     */
    private List<Card> cards(Caller caller, List<ListItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> counts = matches.counts(items.stream().filter(i -> SubmissionPolicy.oversees(caller, i)).map(ListItem::id).toList());
        return items.stream().map(i -> Card.of(i, SubmissionPolicy.oversees(caller, i) ? counts.getOrDefault(i.id(), 0) : null)).toList();
    }

    private static List<ListType> answering(Role role) {
        return switch (role) {
            case ENTERPRISE -> List.of(ListType.ACHIEVEMENT, ListType.STAFF_OFFER);
            case UNIVERSITY -> List.of(ListType.CHALLENGE, ListType.TALENT_NEED);
            default -> List.of(ListType.values());
        };
    }
}
