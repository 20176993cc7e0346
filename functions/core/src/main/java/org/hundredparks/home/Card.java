package org.hundredparks.home;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * A list item as a phone's list shows it: title, whose it is, field, region, status, how many matches it has, and
 * (a challenge's) deadline. No contact and no long text: the item itself is a tap away.
 */
@RegisterForReflection
@Schema(name = "Card", description = "清单条目卡片（列表页用）：不含联系人与长文本")
public record Card(String id, ListType list, String title,
        @Schema(description = "所属高校或发榜/需求企业") String organisation,
        @Schema(description = "技术领域（人才需求为学科，选派人员为首个研究方向）") String field,
        String regionCode, ItemStatus status,
        @Schema(description = "匹配列表中的候选数；仅条目所有者及其主管部门、园区可见，其他人为空") Integer matchCount,
        @Schema(description = "揭榜截止日期（仅技术攻关清单）") LocalDate deadline,
        Instant publishedAt) {

    @RegisterForReflection
    @Schema(name = "CardPage")
    public record Page(List<Card> cards, String nextCursor) {
    }

    static Card of(ListItem item, Integer matchCount) {
        String organisation = null;
        if (item.fields() instanceof AchievementFields a) {
            organisation = a.universityName();
        } else if (item.fields() instanceof ChallengeFields c) {
            organisation = c.enterpriseName();
        } else if (item.fields() instanceof TalentNeedFields t) {
            organisation = t.enterpriseName();
        } else if (item.fields() instanceof StaffOfferFields s) {
            organisation = s.universityName();
        }
        LocalDate deadline = item.fields() instanceof ChallengeFields c ? c.deadline() : null;
        return new Card(item.id(), item.type(), item.fields().title(), organisation, item.fields().field(), item.fields().regionCode(),
                item.status(), matchCount, deadline, item.publishedAt());
    }
}
