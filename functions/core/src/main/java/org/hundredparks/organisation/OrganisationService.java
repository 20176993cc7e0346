package org.hundredparks.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Ids;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;

/**
 * The organisations the platform knows and who oversees whom. The ministry registers a province's authorities; a
 * province's authority its universities, parks and enterprises; a park's admin the enterprises of its park, and
 * approves an enterprise's request to join it. What an authority or a park may do for an organisation (invite its
 * first person, suspend it, read its audit entries, write an enterprise's profile) rests on these records. The
 * first ministry department is founded by the operator ({@link #found}), outside the API.
 */
public class OrganisationService {

    private static final int ATTEMPTS = 3;
    /** Who registers an organisation named by a development token (the local run's, the tests'). */
    private static final String DEVELOPMENT = "development";

    private final RecordStore records;
    private final AuditTrail audit;
    private final Clock clock;

    public OrganisationService(RecordStore records, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** An organisation as registered, and whether this call registered it (a retry finds it registered). */
    public record Registered(Organisation organisation, boolean created) {
    }

    /**
     * The authority above registers an organisation; the same registration again returns the one registered, another
     * for an id already taken is refused. An enterprise registered by a park's admin is a member of that park.
     */
    public Registered register(Caller caller, OrganisationRegistration registration) {
        if (registration == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        Rules rules = new Rules();
        registration.check(rules);
        rules.check();
        Ids.require("id", registration.id());
        boolean park = registration.kind() == Organisation.Kind.PARK;
        if (!park && ReferenceData.get().park(registration.id()) != null) {
            throw new InvalidInputException("RESERVED_ID", "id", "园区编号只用于登记园区");
        }
        Instant now = clock.instant();
        String memberOf = registration.kind() == Organisation.Kind.ENTERPRISE && caller.role() == Role.PARK_ADMIN ? caller.parkId() : null;
        Organisation asked = new Organisation(registration.id(), registration.kind(), park ? registration.parkName() : registration.name().strip(),
                registration.uscc(), park ? registration.parkRegion() : registration.regionCode(),
                registration.kind() == Organisation.Kind.PROVINCE_AUTHORITY ? registration.domain() : null, registration.industryCode(),
                park ? registration.id() : memberOf, null, Organisation.Status.ACTIVE, null, null, caller.subject(), 1, now, now);
        if (!oversees(caller, asked)) {
            throw new Refusal(403, "NOT_ABOVE", "kind",
                    "部委登记本领域的省级主管部门与园区；省级主管部门登记本省的高校、园区与企业；园区管理员登记本园区的企业");
        }
        Optional<Organisation> stored = find(asked.id());
        if (stored.isEmpty()) {
            try {
                records.create(toItem(asked));
                audit.record(filing(asked), AuditAction.ORGANISATION_REGISTERED, caller.subject(), asked.id(), asked.kind().name());
                return new Registered(asked, true);
            } catch (ConditionFailedException registeredConcurrently) {
                stored = find(asked.id());
            }
        }
        Organisation existing = stored.orElseThrow();
        if (existing.kind() != asked.kind() || !Objects.equals(existing.name(), asked.name()) || !Objects.equals(existing.regionCode(), asked.regionCode())
                || !Objects.equals(existing.uscc(), asked.uscc()) || existing.domain() != asked.domain()) {
            throw new Refusal(409, "ORGANISATION_EXISTS", "id", "单位编号已被其他单位使用");
        }
        return new Registered(existing, false);
    }

    /**
     * The operator founds a ministry department, the one organisation no authority registers; founding it again
     * returns it.
     */
    public Organisation found(String id, String name, Domain domain) {
        Ids.require("id", id);
        Rules rules = new Rules().required("name", "单位名称", name).length("name", "单位名称", name, 200).required("domain", "主管领域", domain);
        rules.check();
        Instant now = clock.instant();
        Organisation ministry = new Organisation(id, Organisation.Kind.MINISTRY, name.strip(), null, null, domain, null, null, null,
                Organisation.Status.ACTIVE, null, null, "operator", 1, now, now);
        try {
            records.create(toItem(ministry));
            audit.record(filing(ministry), AuditAction.ORGANISATION_REGISTERED, "operator", id, ministry.kind().name());
            return ministry;
        } catch (ConditionFailedException foundedBefore) {
            Organisation existing = get(id);
            if (existing.kind() != Organisation.Kind.MINISTRY || existing.domain() != domain || !existing.name().equals(ministry.name())) {
                throw new Refusal(409, "ORGANISATION_EXISTS", "id", "单位编号已被其他单位使用");
            }
            return existing;
        }
    }

    /**
     * A development token (the local run's {@code /_local/tokens}, the tests') names an organisation by its claims;
     * on its first use the organisation is registered as claimed, an enterprise with a park as a member of it, so
     * development scripts keep working with records behind them. Only where development tokens are trusted.
     */
    public Organisation registerForDevelopment(Caller caller) {
        Optional<Organisation> stored = find(caller.organisationId());
        if (stored.isPresent() || !Ids.valid(caller.organisationId())) {
            return stored.orElse(null);
        }
        Organisation.Kind kind = Organisation.Kind.of(caller.role());
        if (kind == null) {
            return null;
        }
        Instant now = clock.instant();
        String park = kind == Organisation.Kind.PARK || kind == Organisation.Kind.ENTERPRISE ? caller.parkId() : null;
        Organisation claimed = new Organisation(caller.organisationId(), kind, caller.organisationId(), null,
                kind == Organisation.Kind.PROVINCE_AUTHORITY && caller.provinceCode() != null ? caller.provinceCode() + "0000" : caller.regionCode(),
                caller.domain(), null, park, null, Organisation.Status.ACTIVE, null, null, DEVELOPMENT, 1, now, now);
        try {
            records.create(toItem(claimed));
            return claimed;
        } catch (ConditionFailedException registeredConcurrently) {
            return get(claimed.id());
        }
    }

    /**
     * Whether the caller is the authority above the organisation: a ministry above the province authorities of its
     * domain and the parks; a province's authority above the universities, parks and enterprises of its province; a
     * park's admin above its member enterprises. Read from the organisation's record.
     */
    public boolean oversees(Caller caller, Organisation organisation) {
        if (caller.subject() != null && caller.subject().startsWith("cli_")) {
            return false; // a system acts for its organisation, never over others
        }
        return switch (caller.role()) {
            case MINISTRY -> organisation.kind() == Organisation.Kind.PROVINCE_AUTHORITY && caller.domain() != null
                    && caller.domain() == organisation.domain()
                    || organisation.kind() == Organisation.Kind.PARK;
            case PROVINCE_AUTHORITY -> (organisation.kind() == Organisation.Kind.UNIVERSITY || organisation.kind() == Organisation.Kind.PARK
                    || organisation.kind() == Organisation.Kind.ENTERPRISE) && caller.inProvince(organisation.regionCode());
            case PARK_ADMIN -> organisation.kind() == Organisation.Kind.ENTERPRISE && organisation.memberOf(caller.parkId())
                    && caller.parkId() != null && inParksProvince(caller.parkId(), organisation.regionCode());
            default -> false;
        };
    }

    /** The authority above suspends an organisation: its people and systems are refused from their next request. */
    public Organisation suspend(Caller caller, String organisationId) {
        return setStatus(caller, organisationId, Organisation.Status.SUSPENDED, AuditAction.ORGANISATION_SUSPENDED);
    }

    /** The level that suspended the organisation, or one above it, reinstates it: a park cannot undo its province's suspension. */
    public Organisation reinstate(Caller caller, String organisationId) {
        return setStatus(caller, organisationId, Organisation.Status.ACTIVE, AuditAction.ORGANISATION_REINSTATED);
    }

    private Organisation setStatus(Caller caller, String organisationId, Organisation.Status status, AuditAction action) {
        Ids.require("organisationId", organisationId);
        for (int attempt = 1; ; attempt++) {
            Organisation stored = get(organisationId);
            if (!oversees(caller, stored)) {
                throw new Refusal(403, "NOT_ABOVE", null, "只有上级主管部门可以停用或恢复该单位");
            }
            if (stored.status() == status) {
                return stored;
            }
            if (status == Organisation.Status.ACTIVE && stored.suspendedBy() != null && rank(caller.role()) < rank(stored.suspendedBy())) {
                throw new Refusal(403, "SUSPENDED_ABOVE", null, "该单位由更高一级主管部门停用，只能由其恢复");
            }
            Instant now = clock.instant();
            try {
                Organisation changed = fromItem(records.replace(toItem(status == Organisation.Status.SUSPENDED
                        ? stored.suspended(caller.role(), now) : stored.reinstated(now)), stored.version()));
                audit.record(filing(changed), action, caller.subject(), organisationId, null);
                return changed;
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw conflict();
                }
            }
        }
    }

    /**
     * Whether a session of the organisation, with this role, started at {@code startedAt} may act: the organisation
     * is of the kind the role signs in for, and no suspension ended the session since.
     */
    public boolean accepts(String organisationId, Role role, Instant startedAt) {
        return find(organisationId).map(o -> o.kind().role() == role && o.accepts(startedAt)).orElse(false);
    }

    /** Files an entry in the audit trail of an organisation (and of its province and park). */
    public void audit(String organisationId, AuditAction action, String actor, String target, String detail) {
        Organisation organisation = find(organisationId).orElse(null);
        audit.record(organisation == null ? new AuditTrail.Filing(organisationId, null, null) : filing(organisation), action, actor, target,
                detail);
    }

    /** As {@link #audit(String, AuditAction, String, String, String)}, for an organisation already read. */
    public void audit(Organisation organisation, AuditAction action, String actor, String target, String detail) {
        audit.record(filing(organisation), action, actor, target, detail);
    }

    /**
     * Audit entries: of one organisation (its own people, or the authority above it), of a province (the ministries,
     * that province's authorities) or of a park and its members (the park's admin, its province's authorities, the
     * ministries). Exactly one of the three is named.
     */
    public AuditTrail.Entries auditEntries(Caller caller, String organisationId, String provinceCode, String parkId, int limit, String cursor) {
        if ((organisationId != null ? 1 : 0) + (provinceCode != null ? 1 : 0) + (parkId != null ? 1 : 0) != 1) {
            throw new InvalidInputException("ONE_SCOPE", "organisationId", "请指定且只指定一个范围：organisationId、regionCode 或 parkId");
        }
        if (caller.subject() != null && caller.subject().startsWith("cli_")) {
            throw Refusal.forbidden("NOT_A_PERSON");
        }
        if (organisationId != null) {
            Ids.require("organisationId", organisationId);
            if (!caller.owns(organisationId) && !find(organisationId).map(o -> oversees(caller, o)).orElse(false)) {
                throw new Refusal(403, "NOT_ABOVE", "organisationId", "只能查看本单位或所辖单位的审计记录");
            }
            return audit.ofOrganisation(organisationId, limit, cursor);
        }
        if (provinceCode != null) {
            String province = Regions.province(provinceCode);
            if (!ReferenceData.get().isRegion(provinceCode) || !(caller.role() == Role.MINISTRY
                    || caller.role() == Role.PROVINCE_AUTHORITY && province.equals(caller.provinceCode()))) {
                throw new Refusal(403, "OTHER_REGION", "regionCode", "只能查看本省的审计记录");
            }
            return audit.ofProvince(province, limit, cursor);
        }
        Park park = ReferenceData.get().park(parkId);
        if (park == null) {
            throw Refusal.notFound();
        }
        if (!caller.oversees(park.regionCode(), parkId)) {
            throw new Refusal(403, "OTHER_PARK", "parkId", "只能查看本园区的审计记录");
        }
        return audit.ofPark(parkId, limit, cursor);
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
                            caller.regionCode(), null, null, null, request.parkId(), Organisation.Status.ACTIVE, null, null, caller.subject(), 1, now, now);
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
                Organisation next = new Organisation(organisationId, stored.kind(), request.name().strip(), request.uscc(), stored.regionCode(),
                        stored.domain(), stored.industryCode(), null, request.parkId(), stored.status(), stored.sessionsEndedAt(), stored.suspendedBy(), stored.createdBy(), stored.version(),
                        stored.createdAt(), now);
                return fromItem(records.replace(toItem(next), stored.version()));
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw conflict();
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
            try {
                Organisation member = fromItem(records.replace(toItem(stored.with(parkId, null, clock.instant())),
                        stored.version()));
                audit.record(filing(member), AuditAction.MEMBERSHIP_APPROVED, caller.subject(), organisationId, parkId);
                return member;
            } catch (ConditionFailedException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw conflict();
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
        if (!caller.oversees(park.regionCode(), parkId)) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        return records.queryAll(QuerySpec.of(TableDesign.BY_PARK, OrganisationKeys.ofPark(parkId)).descending(false).page(500, null))
                .stream().map(OrganisationService::fromItem).filter(o -> o.kind() == Organisation.Kind.ENTERPRISE).toList();
    }

    /** An organisation's name, kind, region and park are what every signed-in organisation may know of it. */
    /**
     * The active authorities of a province (two digits), at most {@code max}: whom its reminders reach. An authority
     * registered before this index existed is found once its record is written again (suspended, reinstated).
     */
    public List<Organisation> authoritiesOf(String province, int max) {
        return records.query(QuerySpec.of(TableDesign.BY_REGION, OrganisationKeys.authoritiesOf(province)).page(max, null)).items().stream()
                .map(OrganisationService::fromItem).filter(o -> o.status() == Organisation.Status.ACTIVE).toList();
    }

    public Organisation get(String id) {
        return find(id).orElseThrow(Refusal::notFound);
    }

    /** An organisation as the caller may see it: whole for its own people and those above it, its public view for others. */
    public Organisation view(Caller caller, String id) {
        Organisation organisation = get(id);
        return caller.owns(id) || oversees(caller, organisation) ? organisation : organisation.publicView();
    }

    /** Whether the organisation is an approved member of the park: what a park may do for an enterprise rests on it. */
    public boolean isMember(String organisationId, String parkId) {
        return parkId != null && find(organisationId).map(o -> o.memberOf(parkId)).orElse(false);
    }

    public Optional<Organisation> find(String id) {
        if (!Ids.valid(id)) {
            return Optional.empty(); // no organisation has such an id: not worth a key
        }
        return records.get(OrganisationKeys.organisation(id), OrganisationKeys.ORGANISATION).map(OrganisationService::fromItem);
    }

    /**
     * An entry is filed under its organisation, and under the province and the park whose people oversee it: a
     * province's universities, parks and enterprises (not its authorities, whom the ministries oversee), a park's
     * member enterprises and the park itself.
     */
    private static AuditTrail.Filing filing(Organisation organisation) {
        boolean underProvince = organisation.kind() == Organisation.Kind.UNIVERSITY || organisation.kind() == Organisation.Kind.PARK
                || organisation.kind() == Organisation.Kind.ENTERPRISE;
        return new AuditTrail.Filing(organisation.id(), underProvince ? Regions.province(organisation.regionCode()) : null, organisation.parkId());
    }

    private static boolean inParksProvince(String parkId, String regionCode) {
        Park park = ReferenceData.get().park(parkId);
        return park != null && regionCode != null && Objects.equals(Regions.province(park.regionCode()), Regions.province(regionCode));
    }

    /** Who stands above whom: a ministry above a province's authority above a park. */
    private static int rank(Role role) {
        return switch (role) {
            case MINISTRY -> 3;
            case PROVINCE_AUTHORITY -> 2;
            case PARK_ADMIN -> 1;
            default -> 0;
        };
    }


    private static void requireParkAdmin(Caller caller, String parkId) {
        if (caller.role() != Role.PARK_ADMIN || caller.parkId() == null || !caller.parkId().equals(parkId)) {
            throw new Refusal(403, "OTHER_PARK", "parkId", "只有本园区管理员可以审批加入本园区的申请");
        }
    }

    private static Refusal conflict() {
        return new Refusal(409, "CONFLICT", null, "该单位正在被修改，请稍后重试");
    }

    private static Item toItem(Organisation o) {
        Item item = Item.of(OrganisationKeys.organisation(o.id()), OrganisationKeys.ORGANISATION)
                .with("type", "ORGANISATION")
                .with("id", o.id())
                .with("kind", o.kind().name())
                .with("name", o.name())
                .with("uscc", o.uscc())
                .with("regionCode", o.regionCode())
                .with("domain", o.domain() == null ? null : o.domain().name())
                .with("industryCode", o.industryCode())
                .with("parkId", o.parkId())
                .with("requestedParkId", o.requestedParkId())
                .with("status", o.status().name())
                .with("sessionsEndedAt", o.sessionsEndedAt() == null ? null : o.sessionsEndedAt().toString())
                .with("suspendedBy", o.suspendedBy() == null ? null : o.suspendedBy().name())
                .with("createdBy", o.createdBy())
                .with(RecordStore.VERSION, o.version())
                .with("createdAt", o.createdAt().toString())
                .with("updatedAt", o.updatedAt().toString());
        if (o.kind() == Organisation.Kind.PROVINCE_AUTHORITY && Regions.province(o.regionCode()) != null) {
            item.with(TableDesign.BY_REGION.partitionKey(), OrganisationKeys.authoritiesOf(Regions.province(o.regionCode())))
                    .with(TableDesign.BY_REGION.sortKey(), o.id());
        }
        String park = o.parkId() != null ? o.parkId() : o.requestedParkId();
        if (park != null && o.kind() == Organisation.Kind.ENTERPRISE) {
            item.with(TableDesign.BY_PARK.partitionKey(), OrganisationKeys.ofPark(park))
                    .with(TableDesign.BY_PARK.sortKey(), OrganisationKeys.inPark(o.parkId() != null ? OrganisationKeys.MEMBER
                            : OrganisationKeys.REQUESTED, o.id()));
        }
        return item;
    }

    private static Organisation fromItem(Item item) {
        return new Organisation(item.string("id").orElseThrow(), Organisation.Kind.valueOf(item.string("kind").orElseThrow()),
                item.string("name").orElse(null), item.string("uscc").orElse(null), item.string("regionCode").orElse(null),
                item.string("domain").map(Domain::valueOf).orElse(null), item.string("industryCode").orElse(null),
                item.string("parkId").orElse(null), item.string("requestedParkId").orElse(null),
                item.string("status").map(Organisation.Status::valueOf).orElse(Organisation.Status.ACTIVE),
                item.string("sessionsEndedAt").map(Instant::parse).orElse(null), item.string("suspendedBy").map(Role::valueOf).orElse(null),
                item.string("createdBy").orElse(null),
                item.number(RecordStore.VERSION).orElse(1L), Instant.parse(item.string("createdAt").orElseThrow()),
                Instant.parse(item.string("updatedAt").orElseThrow()));
    }
}
