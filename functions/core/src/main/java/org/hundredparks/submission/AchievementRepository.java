package org.hundredparks.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hundredparks.identity.Caller;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

/** Stores achievements as single items with a conditional write each; see docs/data-model.md. */
@ApplicationScoped
public class AchievementRepository {

    static final String TYPE = "ACHIEVEMENT";

    private final RecordStore records;
    private final Clock clock;

    public AchievementRepository(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public Achievement create(Caller owner, AchievementDraft draft) {
        Instant now = clock.instant();
        Achievement achievement = new Achievement("ach_" + UUID.randomUUID().toString().replace("-", ""),
                draft.externalId(), draft.title(), draft.summary(), draft.technologyField(), draft.trl(),
                draft.regionCode(), owner.organisationId(), ItemStatus.DRAFT, 1, now, now);
        records.create(toItem(achievement));
        return achievement;
    }

    public Optional<Achievement> find(String id) {
        return records.get(ListItemKeys.pk(id), ListItemKeys.SK).map(AchievementRepository::fromItem);
    }

    static Item toItem(Achievement a) {
        return Item.of(ListItemKeys.pk(a.id()), ListItemKeys.SK)
                .with("type", TYPE)
                .with("id", a.id())
                .with("externalId", a.externalId())
                .with("title", a.title())
                .with("summary", a.summary())
                .with("technologyField", a.technologyField())
                .with("trl", a.trl())
                .with("regionCode", a.regionCode())
                .with("ownerOrganisationId", a.ownerOrganisationId())
                .with("status", a.status().name())
                .with(RecordStore.VERSION, a.version())
                .with("createdAt", a.createdAt().toString())
                .with("updatedAt", a.updatedAt().toString())
                .with(TableDesign.BY_REGION.partitionKey(), ListItemKeys.byRegion(TYPE, a.regionCode()))
                .with(TableDesign.BY_REGION.sortKey(), ListItemKeys.changed(a.updatedAt(), a.id()))
                .with(TableDesign.BY_STATUS.partitionKey(), ListItemKeys.byStatus(TYPE, a.status()))
                .with(TableDesign.BY_STATUS.sortKey(), ListItemKeys.changed(a.updatedAt(), a.id()))
                .with(TableDesign.BY_OWNER.partitionKey(), ListItemKeys.byOwner(a.ownerOrganisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), TYPE + "#" + ListItemKeys.changed(a.updatedAt(), a.id()));
    }

    static Achievement fromItem(Item item) {
        return new Achievement(item.string("id").orElseThrow(), item.string("externalId").orElse(null),
                item.string("title").orElse(null), item.string("summary").orElse(null),
                item.string("technologyField").orElse(null), item.number("trl").map(Long::intValue).orElse(null),
                item.string("regionCode").orElse(null), item.string("ownerOrganisationId").orElse(null),
                ItemStatus.valueOf(item.string("status").orElseThrow()), item.number(RecordStore.VERSION).orElse(1L),
                Instant.parse(item.string("createdAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()));
    }
}
