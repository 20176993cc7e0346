package org.hundredparks.home;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListType;

/**
 * 我的: what a person sees first on the phone, in one small answer: who they are, their organisation, their unread
 * reminders, their organisation's items by list and status, the bids waiting for their decision, their own bids, and
 * their cooperations due a progress update. Cards carry ids and titles only; the details are a tap (a request) away.
 */
@RegisterForReflection
@Schema(name = "Home")
public record Home(Who who, OrganisationCard organisation, Reminders reminders, Map<ListType, Map<ItemStatus, Integer>> items,
        List<BidCard> bidsToDecide, Map<Bid.Status, Integer> myBids, List<CooperationCard> cooperationsToUpdate) {

    @RegisterForReflection
    @Schema(name = "HomeWho", description = "令牌所代表的人员或系统")
    public record Who(String subject, Role role, String organisationId, String regionCode, Domain domain, String parkId) {
    }

    @RegisterForReflection
    @Schema(name = "HomeOrganisation")
    public record OrganisationCard(String id, String name, Organisation.Kind kind, Organisation.Status status) {
    }

    @RegisterForReflection
    @Schema(name = "HomeReminders", description = "未读提醒：条数（至多统计最近50条）与最新5条")
    public record Reminders(int unread, List<ReminderCard> newest) {
    }

    @RegisterForReflection
    @Schema(name = "HomeReminder")
    public record ReminderCard(String id, String title, LocalDate due, int offsetDays) {
    }

    @RegisterForReflection
    @Schema(name = "HomeBid", description = "待本单位决定的揭榜方案")
    public record BidCard(String id, String challengeId, String challengeTitle, String bidderOrganisationId, Instant createdAt) {
    }

    @RegisterForReflection
    @Schema(name = "HomeCooperation", description = "待填报进展的合作：最近进展（或开始）已久")
    public record CooperationCard(String id, String name, String lastProgressOn, LocalDate startedOn) {
    }
}
