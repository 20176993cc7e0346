package org.hundredparks.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.AttributeJson;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;

/**
 * Cooperations and their archive of progress updates and outcomes (docs/data-model.md, patterns 9–10).
 * The parties write; the authorities over the region and the park read. Entries are append-only.
 */
public class CooperationService {


    private final RecordStore records;
    private final Clock clock;

    public CooperationService(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * Registers a cooperation: a party for itself and its partners, a park's admin for its own park, a province's
     * authority in its province. It stays {@link Cooperation.Status#PROPOSED} until each party confirms; the
     * opener, when it is a party, confirms by opening.
     */
    public Cooperation open(Caller caller, CooperationFields fields) {
        check(fields);
        boolean party = caller.organisationId() != null && fields.partyOrganisationIds().contains(caller.organisationId());
        if (!caller.inProvince(fields.regionCode())) {
            throw Refusal.forbidden("OTHER_REGION");
        }
        if (caller.role() == Role.PARK_ADMIN && (caller.parkId() == null || !caller.parkId().equals(fields.parkId()))) {
            throw new Refusal(403, "OTHER_PARK", "parkId", "园区管理员只能登记本园区的合作");
        }
        if (caller.role() != Role.PROVINCE_AUTHORITY && caller.role() != Role.PARK_ADMIN && !party) {
            throw new Refusal(403, "NOT_A_PARTY", "partyOrganisationIds", "提交方须是合作的一方");
        }
        return openWithId("coop_" + UUID.randomUUID().toString().replace("-", ""), caller.organisationId(), caller.subject(), fields,
                party ? List.of(caller.organisationId()) : List.of());
    }

    /**
     * Opens a cooperation under a given id, confirmed by {@code confirmedBy} (an accepted bid: both parties), or
     * returns the one already there: retries open it once.
     */
    public Cooperation openWithId(String id, String ownerOrganisationId, String createdBy, CooperationFields fields,
            List<String> confirmedBy) {
        check(fields);
        List<String> confirmations = confirmedBy.stream().filter(fields.partyOrganisationIds()::contains).distinct().toList();
        Cooperation cooperation = new Cooperation(id, fields, ownerOrganisationId, createdBy, 1, clock.instant(), null,
                Cooperation.statusOf(fields.partyOrganisationIds(), confirmations), confirmations);
        Cooperation opened;
        try {
            records.create(toItem(cooperation));
            opened = cooperation;
        } catch (ConditionFailedException exists) {
            opened = find(id).orElseThrow(() -> exists);
        }
        // after the cooperation itself: a retry that finds it writes the rows again, the same rows
        for (String party : opened.fields().partyOrganisationIds()) {
            records.overwrite(partyItem(opened, party));
        }
        return opened;
    }

    private static Item partyItem(Cooperation c, String party) {
        return Item.of(CooperationKeys.cooperation(c.id()), CooperationKeys.party(party))
                .with("cooperationId", c.id())
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(party))
                .with(TableDesign.BY_OWNER.sortKey(), CooperationKeys.partyOf(c.createdAt(), c.id()));
    }

    public Cooperation get(Caller caller, String id) {
        Cooperation cooperation = find(id).orElseThrow(Refusal::notFound);
        if (!mayRead(caller, cooperation)) {
            throw Refusal.notFound();
        }
        return cooperation;
    }

    /** A party confirms that the cooperation is real and that it takes part; confirming again changes nothing. */
    public Cooperation confirm(Caller caller, String id) {
        for (int attempt = 1; ; attempt++) {
            Cooperation cooperation = get(caller, id);
            String party = caller.organisationId();
            if (party == null || !cooperation.fields().partyOrganisationIds().contains(party)) {
                throw new Refusal(403, "NOT_A_PARTY", null, "只有合作各方可以确认合作");
            }
            if (cooperation.confirmedBy().contains(party)) {
                return cooperation;
            }
            List<String> confirmedBy = new ArrayList<>(cooperation.confirmedBy());
            confirmedBy.add(party);
            Cooperation next = new Cooperation(id, cooperation.fields(), cooperation.ownerOrganisationId(), cooperation.createdBy(),
                    cooperation.version(), cooperation.createdAt(), cooperation.lastProgressOn(),
                    Cooperation.statusOf(cooperation.fields().partyOrganisationIds(), confirmedBy), List.copyOf(confirmedBy));
            try {
                Cooperation confirmed = fromItem(records.replace(toItem(next), cooperation.version()));
                records.overwrite(partyItem(confirmed, party)); // a cooperation opened before party rows existed gains its own
                return confirmed;
            } catch (ConditionFailedException concurrent) {
                if (attempt == 3) {
                    throw new Refusal(409, "CONFLICT", null, "合作刚被其他参与方确认，请重试");
                }
            }
        }
    }

    public ProgressUpdate addProgress(Caller caller, String id, ProgressUpdate.Entry entry) {
        Cooperation cooperation = writable(caller, id);
        Rules rules = new Rules();
        entry.check(rules);
        if (entry.date() != null && entry.date().isAfter(LocalDate.now(clock).plusDays(1))) {
            rules.add("FUTURE_DATE", "date", "进展日期不能晚于今天");
        }
        rules.check();
        requireCorrectable(id, CooperationKeys.PROGRESS, entry.correctsId());
        ProgressUpdate update = new ProgressUpdate("prg_" + UUID.randomUUID().toString().replace("-", ""), entry.date(),
                entry.text(), entry.correctsId(), caller.organisationId(), clock.instant());
        records.create(entryItem(id, CooperationKeys.progress(update.date(), update.id()), update));
        records.raise(CooperationKeys.cooperation(id), CooperationKeys.COOPERATION, "lastProgressOn", update.date().toString(),
                Map.of(TableDesign.BY_STATUS.sortKey(), CooperationKeys.lastProgress(update.date(), id)));
        return update;
    }

    public Outcome addOutcome(Caller caller, String id, Outcome.Entry entry) {
        writable(caller, id);
        Rules rules = new Rules();
        entry.check(rules);
        rules.check();
        requireCorrectable(id, CooperationKeys.OUTCOME, entry.correctsId());
        Outcome outcome = new Outcome("out_" + UUID.randomUUID().toString().replace("-", ""), entry.asOf(),
                entry.contractsSigned(), entry.contractAmountYuan(), orZero(entry.patents()), orZero(entry.products()),
                orZero(entry.peopleTrained()), entry.note(), entry.correctsId(), caller.organisationId(), clock.instant());
        records.create(entryItem(id, CooperationKeys.outcome(outcome.recordedAt(), outcome.id()), outcome)
                .with("cooperationId", id)
                .with(TableDesign.BY_STATUS.partitionKey(), CooperationKeys.ALL_OUTCOMES)
                .with(TableDesign.BY_STATUS.sortKey(), CooperationKeys.created(outcome.recordedAt(), outcome.id())));
        return outcome;
    }

    public List<ProgressUpdate> progress(Caller caller, String id) {
        get(caller, id);
        return entries(id, CooperationKeys.PROGRESS, ProgressUpdate.class);
    }

    public List<Outcome> outcomes(Caller caller, String id) {
        get(caller, id);
        return entries(id, CooperationKeys.OUTCOME, Outcome.class);
    }

    /** Cooperations of a park or a province, for the authorities over them. */
    public List<Cooperation> list(Caller caller, String parkId, String regionCode, int limit) {
        QuerySpec spec;
        if (parkId != null) {
            if (!(caller.role() == Role.MINISTRY || caller.role() == Role.PROVINCE_AUTHORITY
                    || caller.role() == Role.PARK_ADMIN && parkId.equals(caller.parkId()))) {
                throw Refusal.forbidden("ROLE_NOT_ALLOWED");
            }
            spec = QuerySpec.of(TableDesign.BY_PARK, CooperationKeys.byPark(parkId));
        } else if (regionCode != null && regionCode.length() >= 2) {
            if (!(caller.role() == Role.MINISTRY || caller.role() == Role.PROVINCE_AUTHORITY && caller.inProvince(regionCode))) {
                throw Refusal.forbidden("ROLE_NOT_ALLOWED");
            }
            spec = QuerySpec.of(TableDesign.BY_REGION, CooperationKeys.byRegion(Regions.province(regionCode)))
                    .whereStartsWith("regionCode", regionCode);
        } else {
            throw new InvalidInputException("REQUIRED", "parkId", "请指定园区（parkId）或地区（regionCode）");
        }
        List<Cooperation> found = new ArrayList<>();
        records.query(spec.page(limit, null)).items().forEach(item -> found.add(fromItem(item)));
        // visible by construction, except a province authority listing a park of another province
        return found.stream().filter(c -> mayRead(caller, c)).toList();
    }

    /** The cooperations the caller's organisation opened, newest first, at most {@code max}. */
    public List<Cooperation> ofOwner(Caller caller, int max) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return records.query(QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(caller.organisationId()))
                .between(CooperationKeys.owned("", ""), CooperationKeys.owned("\uffff", "")).descending(true).page(max, null))
                .items().stream().map(CooperationService::fromItem).toList();
    }

    /** The cooperations the caller's organisation is a party to, whoever opened them, newest first, at most {@code max}. */
    public List<Cooperation> ofParty(Caller caller, int max) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        List<String> ids = records.query(QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(caller.organisationId()))
                .between(CooperationKeys.partyOf("", ""), CooperationKeys.partyOf("\uffff", "")).descending(true).page(max, null))
                .items().stream().map(item -> item.string("cooperationId").orElseThrow()).toList();
        Map<String, Item> found = records.getAll(ids.stream().map(CooperationKeys::cooperation).toList(), CooperationKeys.COOPERATION);
        return ids.stream().map(id -> found.get(CooperationKeys.cooperation(id))).filter(Objects::nonNull)
                .map(CooperationService::fromItem).toList();
    }

    /** Confirmed cooperations whose newest progress (or start) is on or before {@code day}: for the daily reminder run. */
    public List<Cooperation> quietSince(LocalDate day) {
        return stored(day).stream().filter(Cooperation::confirmed).toList();
    }

    private List<Cooperation> stored(LocalDate day) {
        return records.queryAll(QuerySpec.of(TableDesign.BY_STATUS, CooperationKeys.BY_PROGRESS).between("0", day + "#~").page(500, null))
                .stream().map(CooperationService::fromItem).toList();
    }

    Optional<Cooperation> find(String id) {
        return records.get(CooperationKeys.cooperation(id), CooperationKeys.COOPERATION).map(CooperationService::fromItem);
    }

    /** Progress and outcomes come from the parties only, once every party has confirmed the cooperation. */
    private Cooperation writable(Caller caller, String id) {
        Cooperation cooperation = get(caller, id);
        if (caller.organisationId() == null || !cooperation.fields().partyOrganisationIds().contains(caller.organisationId())) {
            throw new Refusal(403, "NOT_A_PARTY", null, "只有合作各方可以填报进展与成效");
        }
        if (!cooperation.confirmed()) {
            throw new Refusal(409, "NOT_CONFIRMED", null, "合作尚待各方确认，确认后才能填报进展与成效");
        }
        return cooperation;
    }

    private static boolean mayRead(Caller caller, Cooperation c) {
        return caller.owns(c.ownerOrganisationId())
                || c.fields().partyOrganisationIds().contains(caller.organisationId())
                || caller.oversees(c.fields().regionCode(), c.fields().parkId());
    }

    private void requireCorrectable(String id, String prefix, String correctsId) {
        if (correctsId == null) {
            return;
        }
        boolean exists = records.queryAll(QuerySpec.table(CooperationKeys.cooperation(id), prefix).page(500, null)).stream()
                .anyMatch(item -> correctsId.equals(item.string("id").orElse("")));
        if (!exists) {
            throw new InvalidInputException("UNKNOWN_ENTRY", "correctsId", "所更正的条目不存在");
        }
    }

    private <T> List<T> entries(String id, String prefix, Class<T> type) {
        return records.queryAll(QuerySpec.table(CooperationKeys.cooperation(id), prefix).page(500, null)).stream()
                .map(item -> Documents.read(item.values().get("entry"), type)).toList();
    }

    private static Item entryItem(String id, String sk, Object entry) {
        var json = Documents.JSON.valueToTree(entry);
        return Item.of(CooperationKeys.cooperation(id), sk).with("id", json.get("id").asText()).with("entry", AttributeJson.toAttribute(json));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void check(CooperationFields fields) {
        if (fields == null) {
            throw new InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        Rules rules = new Rules();
        fields.check(rules);
        rules.check();
    }


    /** Every confirmed cooperation, for the reports' one pass (a proposed one counts nowhere yet). */
    public List<Cooperation> all() {
        return quietSince(LocalDate.of(9999, 12, 31));
    }

    /** A cooperation's current outcome figures, if any were reported (for typical cases). */
    public Optional<Outcome> currentOutcome(String cooperationId) {
        return Outcomes.current(entries(cooperationId, CooperationKeys.OUTCOME, Outcome.class));
    }

    /** Every outcome entry with its cooperation's id, for the reports' one pass. */
    public List<Map.Entry<String, Outcome>> allOutcomes() {
        return records.queryAll(QuerySpec.of(TableDesign.BY_STATUS, CooperationKeys.ALL_OUTCOMES).page(500, null)).stream()
                .map(item -> Map.entry(item.string("cooperationId").orElseThrow(), Documents.read(item.values().get("entry"), Outcome.class)))
                .toList();
    }

    private static Item toItem(Cooperation c) {
        String created = CooperationKeys.created(c.createdAt(), c.id());
        Item item = Item.of(CooperationKeys.cooperation(c.id()), CooperationKeys.COOPERATION)
                .with("type", "COOPERATION")
                .with("id", c.id())
                .with("kind", c.fields().kind().name())
                .with("regionCode", c.fields().regionCode())
                .with("parkId", c.fields().parkId())
                .with("ownerOrganisationId", c.ownerOrganisationId())
                .with("createdBy", c.createdBy())
                .with(RecordStore.VERSION, c.version())
                .with("createdAt", c.createdAt().toString())
                .with("status", c.status().name())
                .with("confirmedBy", Documents.toAttribute(c.confirmedBy()))
                .with("fields", Documents.toAttribute(c.fields()))
                .with(TableDesign.BY_REGION.partitionKey(), CooperationKeys.byRegion(Regions.province(c.fields().regionCode())))
                .with(TableDesign.BY_REGION.sortKey(), created)
                .with(TableDesign.BY_STATUS.partitionKey(), CooperationKeys.BY_PROGRESS)
                .with(TableDesign.BY_STATUS.sortKey(), CooperationKeys.lastProgress(
                        c.lastProgressOn() != null ? c.lastProgressOn() : c.fields().startedOn(), c.id()))
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(c.ownerOrganisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), CooperationKeys.owned(c.createdAt(), c.id()));
        if (c.fields().parkId() != null && !c.fields().parkId().isBlank()) {
            item.with(TableDesign.BY_PARK.partitionKey(), CooperationKeys.byPark(c.fields().parkId()))
                    .with(TableDesign.BY_PARK.sortKey(), created);
        }
        return item;
    }

    private static Cooperation fromItem(Item item) {
        return new Cooperation(item.string("id").orElseThrow(),
                Documents.read(item.values().get("fields"), CooperationFields.class),
                item.string("ownerOrganisationId").orElseThrow(), item.string("createdBy").orElse(null),
                item.number(RecordStore.VERSION).orElse(1L),
                Instant.parse(item.string("createdAt").orElseThrow()), item.string("lastProgressOn").orElse(null),
                // a cooperation stored before confirmation existed was its parties' own word: confirmed
                item.string("status").map(Cooperation.Status::valueOf).orElse(Cooperation.Status.CONFIRMED),
                item.values().containsKey("confirmedBy") ? List.of(Documents.read(item.values().get("confirmedBy"), String[].class))
                        : Documents.read(item.values().get("fields"), CooperationFields.class).partyOrganisationIds());
    }
}
