package org.hundredparks.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;

/**
 * Which enterprises belong to which park. An enterprise asks to join a park of its province; that park's admin
 * approves; from then on the park acts for it where the platform lets a park act for its enterprises. One park
 * per enterprise: asking for another while a member is refused (leaving a park is not built yet).
 */
public class OrganisationService {

    private static final int ATTEMPTS = 3;

    private final RecordStore records;
    private final Clock clock;

    public OrganisationService(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** The enterprise itself asks to be a member of a park; asking again changes nothing. */
    public Organisation requestMembership(Caller caller, String organisationId, MembershipRequest request) {
        if (request == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        if (caller.role() != Role.ENTERPRISE || !caller.owns(organisationId)) {
            throw new Refusal(403, "NOT_OWNER", null, "企业只能为本企业申请加入园区");
        }
        Rules rules = new Rules();
        request.check(rules, caller.regionCode());
        rules.check();
        for (int attempt = 1; ; attempt++) {
            Optional<Organisation> current = find(organisationId);
            Instant now = clock.instant();
            try {
                if (current.isEmpty()) {
                    Organisation created = new Organisation(organisationId, Organisation.Kind.ENTERPRISE, request.name().strip(), request.uscc(),
                            caller.regionCode(), null, request.parkId(), 1, now, now);
                    records.create(toItem(created));
                    return created;
                }
                Organisation stored = current.get();
                if (stored.memberOf(request.parkId())) {
                    return stored;
                }
                if (stored.parkId() != null) {
                    throw new Refusal(409, "ALREADY_A_MEMBER", "parkId", "企业已是其他园区的成员");
                }
                if (request.parkId().equals(stored.requestedParkId()) && request.name().strip().equals(stored.name())
                        && request.uscc().equals(stored.uscc())) {
                    return stored; // asked again
                }
                Organisation next = new Organisation(organisationId, stored.kind(), request.name().strip(), request.uscc(),
                        stored.regionCode(), null, request.parkId(), stored.version(), stored.createdAt(), now);
                return fromItem(records.replace(toItem(next), stored.version()));
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new Refusal(409, "CONFLICT", null, "申请正在被修改，请稍后重试");
                }
            }
        }
    }

    /** The park's admin approves a request to join its park; approving again changes nothing. */
    public Organisation approveMembership(Caller caller, String parkId, String organisationId) {
        requireParkAdmin(caller, parkId);
        for (int attempt = 1; ; attempt++) {
            Organisation stored = find(organisationId).orElseThrow(Refusal::notFound);
            if (stored.memberOf(parkId)) {
                return stored;
            }
            if (!parkId.equals(stored.requestedParkId())) {
                throw new Refusal(404, "NO_REQUEST", "organisationId", "该企业没有申请加入本园区");
            }
            Organisation member = new Organisation(stored.id(), stored.kind(), stored.name(), stored.uscc(), stored.regionCode(), parkId, null,
                    stored.version(), stored.createdAt(), clock.instant());
            try {
                return fromItem(records.replace(toItem(member), stored.version()));
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new Refusal(409, "CONFLICT", null, "申请正在被修改，请稍后重试");
                }
            }
        }
    }

    /** A park's members and the requests waiting for it: for its admin, its province's authorities and the ministries. */
    public List<Organisation> ofPark(Caller caller, String parkId) {
        Park park = ReferenceData.get().park(parkId);
        if (park == null) {
            throw Refusal.notFound();
        }
        boolean allowed = caller.role() == Role.MINISTRY
                || caller.role() == Role.PROVINCE_AUTHORITY && caller.inProvince(park.regionCode())
                || caller.role() == Role.PARK_ADMIN && parkId.equals(caller.parkId());
        if (!allowed) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        return records.queryAll(QuerySpec.of(TableDesign.BY_PARK, OrganisationKeys.ofPark(parkId)).descending(false).page(500, null))
                .stream().map(OrganisationService::fromItem).toList();
    }

    /** An organisation's name, kind, region and park are what every signed-in organisation may know of it. */
    public Organisation get(String id) {
        return find(id).orElseThrow(Refusal::notFound);
    }

    /** Whether the organisation is an approved member of the park: what a park may do for an enterprise rests on it. */
    public boolean isMember(String organisationId, String parkId) {
        return parkId != null && find(organisationId).map(o -> o.memberOf(parkId)).orElse(false);
    }

    public Optional<Organisation> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return Optional.empty(); // no organisation has such an id: not worth a key
        }
        return records.get(OrganisationKeys.organisation(id), OrganisationKeys.ORGANISATION).map(OrganisationService::fromItem);
    }

    private static void requireParkAdmin(Caller caller, String parkId) {
        if (caller.role() != Role.PARK_ADMIN || caller.parkId() == null || !caller.parkId().equals(parkId)) {
            throw new Refusal(403, "OTHER_PARK", "parkId", "只有本园区管理员可以审批加入本园区的申请");
        }
    }

    private static Item toItem(Organisation o) {
        Item item = Item.of(OrganisationKeys.organisation(o.id()), OrganisationKeys.ORGANISATION)
                .with("type", "ORGANISATION")
                .with("id", o.id())
                .with("kind", o.kind().name())
                .with("name", o.name())
                .with("uscc", o.uscc())
                .with("regionCode", o.regionCode())
                .with("parkId", o.parkId())
                .with("requestedParkId", o.requestedParkId())
                .with(RecordStore.VERSION, o.version())
                .with("createdAt", o.createdAt().toString())
                .with("updatedAt", o.updatedAt().toString());
        String park = o.parkId() != null ? o.parkId() : o.requestedParkId();
        if (park != null) {
            item.with(TableDesign.BY_PARK.partitionKey(), OrganisationKeys.ofPark(park))
                    .with(TableDesign.BY_PARK.sortKey(), OrganisationKeys.inPark(o.parkId() != null ? OrganisationKeys.MEMBER
                            : OrganisationKeys.REQUESTED, o.id()));
        }
        return item;
    }

    private static Organisation fromItem(Item item) {
        return new Organisation(item.string("id").orElseThrow(), Organisation.Kind.valueOf(item.string("kind").orElseThrow()),
                item.string("name").orElse(null), item.string("uscc").orElse(null), item.string("regionCode").orElse(null),
                item.string("parkId").orElse(null), item.string("requestedParkId").orElse(null), item.number(RecordStore.VERSION).orElse(1L),
                Instant.parse(item.string("createdAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()));
    }
}
