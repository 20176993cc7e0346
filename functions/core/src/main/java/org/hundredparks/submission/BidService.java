package org.hundredparks.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Rules;

/**
 * 揭榜挂帅: bids on published challenges, and the acceptance of one, which opens the cooperation. One
 * accepted bid per challenge is guaranteed by a single conditional write (an ACCEPTED marker in the
 * challenge's partition); every step after it is idempotent, so a retried accept completes the work.
 */
public class BidService {

    static final Set<Role> BIDDERS = Set.of(Role.PARK_ADMIN, Role.UNIVERSITY, Role.ENTERPRISE);

    private final RecordStore records;
    private final SubmissionService submissions;
    private final CooperationService cooperations;
    private final Clock clock;

    public BidService(RecordStore records, SubmissionService submissions, CooperationService cooperations, Clock clock) {
        this.records = records;
        this.submissions = submissions;
        this.cooperations = cooperations;
        this.clock = clock;
    }

    /** Bids, or revises the caller's bid while it is not accepted. */
    public Bid bid(Caller caller, String challengeId, BidFields fields) {
        if (fields == null) {
            throw new org.hundredparks.validation.InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        Rules rules = new Rules();
        fields.check(rules);
        rules.check();
        ListItem challenge = submissions.get(caller, ListType.CHALLENGE, challengeId);
        if (challenge.status() != ItemStatus.PUBLISHED) {
            throw new Refusal(409, "NOT_OPEN", "status", "榜单未发布或已关闭，不能揭榜");
        }
        if (!BIDDERS.contains(caller.role()) || caller.organisationId() == null) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        if (caller.owns(challenge.ownerOrganisationId())) {
            throw new Refusal(403, "OWN_CHALLENGE", null, "不能揭自己发布的榜");
        }
        Instant now = clock.instant();
        String id = bidId(challengeId, caller.organisationId());
        Optional<Bid> existing = find(challengeId, id);
        if (existing.isEmpty()) {
            Bid bid = new Bid(id, challengeId, caller.organisationId(), Bid.Status.SUBMITTED, fields, 1, now, now, null);
            try {
                records.create(toItem(bid));
                return bid;
            } catch (ConditionFailedException raced) {
                existing = find(challengeId, id);
            }
        }
        Bid current = existing.orElseThrow();
        if (current.status() != Bid.Status.SUBMITTED) {
            throw new Refusal(409, "BID_ACCEPTED", "status", "揭榜方案已被采纳，不能修改");
        }
        if (current.fields().equals(fields)) {
            return current;
        }
        Bid revised = new Bid(id, challengeId, current.bidderOrganisationId(), current.status(), fields, current.version(),
                current.createdAt(), now, null);
        return fromItem(records.replace(toItem(revised), current.version()));
    }

    /** Everyone who oversees the challenge sees every bid; a bidder sees its own. */
    public List<Bid> bids(Caller caller, String challengeId) {
        ListItem challenge = submissions.get(caller, ListType.CHALLENGE, challengeId);
        boolean all = SubmissionPolicy.oversees(caller, challenge);
        return records.queryAll(QuerySpec.table(SubmissionKeys.item(challengeId), SubmissionKeys.bid("")).page(500, null)).stream()
                .map(BidService::fromItem)
                .filter(b -> all || caller.owns(b.bidderOrganisationId()))
                .toList();
    }

    /** The caller's organisation's own bids (as a bidder), newest first, at most {@code max}. */
    public List<Bid> ofBidder(Caller caller, int max) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return records.query(QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(caller.organisationId()))
                .between(SubmissionKeys.ownedBid("", ""), SubmissionKeys.ownedBid("\uffff", "")).descending(true).page(max, null))
                .items().stream().map(BidService::fromItem).toList();
    }

    /**
     * Bids still waiting for a decision on a challenge the caller oversees: submitted, on a challenge that has accepted
     * none; the first 50. Two reads, the challenge being in hand.
     */
    public List<Bid> awaitingDecision(Caller caller, ListItem challenge) {
        if (!SubmissionPolicy.oversees(caller, challenge)
                || records.get(SubmissionKeys.item(challenge.id()), SubmissionKeys.ACCEPTED).isPresent()) {
            return List.of();
        }
        return records.query(QuerySpec.table(SubmissionKeys.item(challenge.id()), SubmissionKeys.bid("")).page(50, null)).items().stream()
                .map(BidService::fromItem).filter(b -> b.status() == Bid.Status.SUBMITTED).toList();
    }

    @Schema(name = "BidAcceptance")
    public record Acceptance(Bid bid, Cooperation cooperation) {
    }

    /** The challenge's owner or its publishing authority accepts one bid; the cooperation opens. */
    public Acceptance accept(Caller caller, String challengeId, String bidId, String cooperationName) {
        ListItem challenge = submissions.get(caller, ListType.CHALLENGE, challengeId);
        if (!caller.owns(challenge.ownerOrganisationId()) && !SubmissionPolicy.mayPublish(caller, challenge)) {
            throw Refusal.forbidden("NOT_OWNER");
        }
        Bid bid = find(challengeId, bidId).orElseThrow(Refusal::notFound);
        CooperationFields cooperation = new CooperationFields(cooperationName, CooperationKind.JOINT_PROJECT,
                challenge.fields().regionCode(), challenge.fields().parkId(),
                List.of(challenge.ownerOrganisationId(), bid.bidderOrganisationId()), challengeId, null, null, null,
                LocalDate.now(clock), "揭榜：" + bid.fields().teamName());
        Rules rules = new Rules();
        cooperation.check(rules);
        rules.check();
        try {
            records.create(Item.of(SubmissionKeys.item(challengeId), SubmissionKeys.ACCEPTED).with("bidId", bidId)
                    .with("acceptedAt", clock.instant().toString()));
        } catch (ConditionFailedException alreadyAccepted) {
            String accepted = records.get(SubmissionKeys.item(challengeId), SubmissionKeys.ACCEPTED).flatMap(i -> i.string("bidId")).orElse("");
            if (!accepted.equals(bidId)) {
                throw new Refusal(409, "ANOTHER_BID_ACCEPTED", "bidId", "该榜单已采纳其他揭榜方案");
            }
        }
        // both parties agreed: the owner by accepting, the bidder by bidding
        Cooperation opened = cooperations.openWithId("coop_" + bidId.substring("bid_".length()),
                challenge.ownerOrganisationId(), caller.subject(), cooperation, cooperation.partyOrganisationIds());
        if (bid.status() != Bid.Status.ACCEPTED) {
            Bid accepted = new Bid(bid.id(), challengeId, bid.bidderOrganisationId(), Bid.Status.ACCEPTED, bid.fields(),
                    bid.version(), bid.createdAt(), clock.instant(), opened.id());
            try {
                bid = fromItem(records.replace(toItem(accepted), bid.version()));
            } catch (ConditionFailedException concurrentAccept) {
                bid = find(challengeId, bidId).orElseThrow();
            }
        }
        return new Acceptance(bid, opened);
    }

    Optional<Bid> find(String challengeId, String bidId) {
        return records.get(SubmissionKeys.item(challengeId), SubmissionKeys.bid(bidId)).map(BidService::fromItem);
    }

    static String bidId(String challengeId, String organisationId) {
        return Hashes.derivedId("bid_", 32, challengeId, organisationId);
    }

    private static Item toItem(Bid bid) {
        return Item.of(SubmissionKeys.item(bid.challengeId()), SubmissionKeys.bid(bid.id()))
                .with("type", "BID")
                .with("id", bid.id())
                .with("challengeId", bid.challengeId())
                .with("bidderOrganisationId", bid.bidderOrganisationId())
                .with("status", bid.status().name())
                .with("cooperationId", bid.cooperationId())
                .with(RecordStore.VERSION, bid.version())
                .with("createdAt", bid.createdAt().toString())
                .with("updatedAt", bid.updatedAt().toString())
                .with("fields", Documents.toAttribute(bid.fields()))
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(bid.bidderOrganisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), SubmissionKeys.ownedBid(bid.createdAt(), bid.id()))
                .with(TableDesign.BY_STATUS.partitionKey(), SubmissionKeys.ALL_BIDS)
                .with(TableDesign.BY_STATUS.sortKey(), SubmissionKeys.changed(bid.createdAt(), bid.id()));
    }

    /** Every bid on the platform, for the reports' one pass. */
    public static List<Bid> all(RecordStore records) {
        return records.queryAll(QuerySpec.of(TableDesign.BY_STATUS, SubmissionKeys.ALL_BIDS).page(500, null)).stream()
                .map(BidService::fromItem).toList();
    }

    private static Bid fromItem(Item item) {
        return new Bid(item.string("id").orElseThrow(), item.string("challengeId").orElseThrow(),
                item.string("bidderOrganisationId").orElseThrow(), Bid.Status.valueOf(item.string("status").orElseThrow()),
                Documents.read(item.values().get("fields"), BidFields.class),
                item.number(RecordStore.VERSION).orElse(1L), Instant.parse(item.string("createdAt").orElseThrow()),
                Instant.parse(item.string("updatedAt").orElseThrow()), item.string("cooperationId").orElse(null));
    }
}
