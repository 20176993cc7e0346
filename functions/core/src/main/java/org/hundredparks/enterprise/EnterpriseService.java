package org.hundredparks.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;

/**
 * Enterprise profiles: written by the enterprise itself or by the admin of its park, read by anyone signed
 * in (the contact only by the enterprise, its park and the authorities). Saving is a whole-profile
 * replacement under the stored version, so a retried save changes nothing and two saves never interleave.
 */
public class EnterpriseService {

    private static final int ATTEMPTS = 3;

    private final RecordStore records;
    private final Clock clock;
    private final OrganisationService organisations;

    public EnterpriseService(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.organisations = new OrganisationService(records, new AuditTrail(records, clock), clock);
    }

    public Enterprise save(Caller caller, String organisationId, EnterpriseFields fields) {
        if (fields == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        Rules rules = new Rules();
        fields.check(rules);
        rules.check();
        requireWritable(caller, organisationId, fields);
        for (int attempt = 1; ; attempt++) {
            Optional<Enterprise> current = find(organisationId);
            Instant now = clock.instant();
            try {
                if (current.isEmpty()) {
                    Enterprise created = new Enterprise(organisationId, fields, 1, now, now);
                    records.create(toItem(created));
                    return created;
                }
                Enterprise stored = current.get();
                if (stored.fields().equals(fields)) {
                    return stored; // a retried save
                }
                requireWritable(caller, organisationId, stored.fields()); // a park admin may not take over another park's enterprise
                Item next = records.replace(toItem(new Enterprise(organisationId, fields, stored.version(), stored.createdAt(), now)),
                        stored.version());
                return fromItem(next);
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new Refusal(409, "CONCURRENT_UPDATE", null, "企业画像正在被修改，请稍后重试");
                }
            }
        }
    }

    public Enterprise get(Caller caller, String organisationId) {
        Enterprise enterprise = find(organisationId).orElseThrow(Refusal::notFound);
        if (oversees(caller, enterprise)) {
            return enterprise;
        }
        return new Enterprise(enterprise.organisationId(), enterprise.fields().withMaskedContact(), enterprise.version(),
                enterprise.createdAt(), enterprise.updatedAt());
    }

    public Optional<Enterprise> find(String organisationId) {
        return record(organisationId).map(EnterpriseService::fromItem);
    }

    /** The enterprise, its park, its province's authorities and the ministries: they see its contact and its matches. */
    public static boolean oversees(Caller caller, Enterprise enterprise) {
        EnterpriseFields f = enterprise.fields();
        return caller.owns(enterprise.organisationId()) || caller.oversees(f.regionCode(), f.parkId());
    }

    /**
     * The enterprise for itself, in its own region; a park admin for the enterprises that are members of its park
     * (approved, as the table says: not whatever id a request names).
     */
    private void requireWritable(Caller caller, String organisationId, EnterpriseFields fields) {
        if (caller.role() == Role.ENTERPRISE) {
            if (!caller.owns(organisationId)) {
                throw new Refusal(403, "NOT_OWNER", null, "企业只能维护本企业的画像");
            }
            if (!caller.inProvince(fields.regionCode())) {
                throw Refusal.forbidden("OTHER_REGION");
            }
            return;
        }
        if (caller.role() == Role.PARK_ADMIN) {
            if (fields.parkId() == null || !fields.parkId().equals(caller.parkId())) {
                throw new Refusal(403, "OTHER_PARK", "parkId", "园区管理员只能维护本园区企业的画像");
            }
            if (!organisations.isMember(organisationId, caller.parkId())) {
                throw new Refusal(403, "NOT_A_MEMBER", null, "该单位不是本园区的成员企业，园区管理员不能维护其画像");
            }
            return;
        }
        throw Refusal.forbidden("ROLE_NOT_ALLOWED");
    }

    /** Whether a key (a stream record's) is an enterprise profile's. */
    /** The keys of a profile's record, for a reader of the change stream. */
    public static final org.hundredparks.storage.KeyPattern PROFILE_KEYS = EnterpriseKeys.PROFILE_RECORD;

    public static boolean isProfile(Item keys) {
        return EnterpriseKeys.isProfile(keys.string(TableDesign.PK).orElse(null), keys.string(TableDesign.SK).orElse(null));
    }

    /** The stored record of a profile, for a reader that indexes stored records as the change stream brings them (matching). */
    public Optional<Item> record(String organisationId) {
        return records.get(EnterpriseKeys.enterprise(organisationId), EnterpriseKeys.PROFILE);
    }

    /** Hands on the stored record of every profile changed at {@code changedFrom} or later (null: all); returns how many. */
    public int forEachRecord(Instant changedFrom, Consumer<Item> each) {
        QuerySpec spec = QuerySpec.of(TableDesign.BY_STATUS, EnterpriseKeys.ALL).page(500, null);
        return records.forEach(changedFrom == null ? spec : spec.from(changedFrom.toString()), each);
    }

    static Item toItem(Enterprise e) {
        EnterpriseFields f = e.fields();
        String changed = EnterpriseKeys.changed(e.updatedAt(), e.organisationId());
        Item item = Item.of(EnterpriseKeys.enterprise(e.organisationId()), EnterpriseKeys.PROFILE)
                .with("type", "ENTERPRISE")
                .with("organisationId", e.organisationId())
                .with("title", f.name())
                .with("industryCode", f.industryCode())
                .with("regionCode", f.regionCode())
                .with("parkId", f.parkId())
                .with(RecordStore.VERSION, e.version())
                .with("createdAt", e.createdAt().toString())
                .with("updatedAt", e.updatedAt().toString())
                .with("fields", Documents.toAttribute(f))
                .with(TableDesign.BY_STATUS.partitionKey(), EnterpriseKeys.ALL)
                .with(TableDesign.BY_STATUS.sortKey(), changed)
                .with(TableDesign.BY_REGION.partitionKey(), EnterpriseKeys.byRegion(Regions.province(f.regionCode())))
                .with(TableDesign.BY_REGION.sortKey(), changed)
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(e.organisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), EnterpriseKeys.owned(e.updatedAt(), e.organisationId()));
        if (f.parkId() != null && !f.parkId().isBlank()) {
            item.with(TableDesign.BY_PARK.partitionKey(), EnterpriseKeys.byPark(f.parkId())).with(TableDesign.BY_PARK.sortKey(), changed);
        }
        return item;
    }

    /** A stored profile's organisation, without reading its fields document. */
    public static String organisationIdOf(Item item) {
        return item.string("organisationId").orElseThrow();
    }

    public static Enterprise fromItem(Item item) {
        return new Enterprise(organisationIdOf(item),
                Documents.read(item.values().get("fields"), EnterpriseFields.class),
                item.number(RecordStore.VERSION).orElse(1L),
                Instant.parse(item.string("createdAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()));
    }
}
