package org.hundredparks.reporting;

import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationService;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Rules;

/**
 * 典型案例: the authorities over a cooperation (its province's, its park, the ministries) nominate it with
 * a short description; the ministries shortlist. One case per cooperation: nominating again replaces
 * the description, keeping the shortlist mark.
 */
public class TypicalCaseService {

    private final RecordStore records;
    private final CooperationService cooperations;
    private final Clock clock;

    public TypicalCaseService(RecordStore records, CooperationService cooperations, Clock clock) {
        this.records = records;
        this.cooperations = cooperations;
        this.clock = clock;
    }

    public TypicalCase nominate(Caller caller, String cooperationId, String description) {
        Rules rules = new Rules();
        rules.required("description", "案例说明", description).length("description", "案例说明", description, 1000);
        rules.check();
        Cooperation cooperation = cooperations.get(caller, cooperationId);
        if (!caller.oversees(cooperation.fields().regionCode(), cooperation.fields().parkId())) {
            throw Refusal.forbidden("NOT_AN_AUTHORITY");
        }
        if (!cooperation.confirmed()) {
            throw new Refusal(409, "NOT_CONFIRMED", null, "合作尚待各方确认，不能推荐为典型案例");
        }
        boolean shortlisted = find(cooperationId).map(TypicalCase::shortlisted).orElse(false);
        TypicalCase nominated = new TypicalCase(cooperationId, cooperation.fields().name(), cooperation.fields().regionCode(),
                cooperation.fields().parkId(), description.strip(), caller.organisationId(), clock.instant(), shortlisted);
        save(nominated);
        return nominated;
    }

    public TypicalCase shortlist(Caller caller, String cooperationId, boolean shortlisted) {
        if (caller.role() != Role.MINISTRY) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        TypicalCase found = find(cooperationId).orElseThrow(Refusal::notFound);
        TypicalCase changed = new TypicalCase(found.cooperationId(), found.cooperationName(), found.regionCode(), found.parkId(),
                found.description(), found.nominatedBy(), found.nominatedAt(), shortlisted);
        save(changed);
        return changed;
    }

    /** A case with its cooperation's current outcome figures (none until some are reported). */
    @Schema(name = "TypicalCaseWithOutcome")
    public record Listed(TypicalCase typicalCase, Outcome outcome) {
    }

    /**
     * The cases a caller may see, with their figures: shortlisted ones for everyone; nominated ones too for those
     * over the cooperation (the ministries, its province's authorities, its park), not other provinces' or parks'.
     */
    public List<Listed> list(Caller caller) {
        return all().stream().filter(c -> c.shortlisted() || caller.oversees(c.regionCode(), c.parkId()))
                .map(c -> new Listed(c, cooperations.currentOutcome(c.cooperationId()).orElse(null))).toList();
    }

    /** Every case; for the reports and the authorities. */
    public List<TypicalCase> all() {
        return records.queryAll(QuerySpec.of(TableDesign.BY_STATUS, ReportingKeys.ALL_TYPICAL_CASES).page(500, null)).stream()
                .map(item -> Documents.read(item.values().get("case"), TypicalCase.class)).toList();
    }

    private java.util.Optional<TypicalCase> find(String cooperationId) {
        return records.get(ReportingKeys.typicalCase(cooperationId), ReportingKeys.TYPICAL_CASE).map(item -> Documents.read(item.values().get("case"), TypicalCase.class));
    }

    private void save(TypicalCase c) {
        records.overwrite(Item.of(ReportingKeys.typicalCase(c.cooperationId()), ReportingKeys.TYPICAL_CASE).with("type", "TYPICAL_CASE")
                .with("case", Documents.toAttribute(c))
                .with(TableDesign.BY_STATUS.partitionKey(), ReportingKeys.ALL_TYPICAL_CASES)
                .with(TableDesign.BY_STATUS.sortKey(), ReportingKeys.nominated(c.nominatedAt(), c.cooperationId())));
    }
}
