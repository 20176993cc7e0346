package org.hundredparks.audit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.Page;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;

/**
 * The audit trail: one item per entry under its organisation, indexed by the organisation's province and park too,
 * so an authority reads the entries of the organisations under it with one query. Who may read which partition is
 * decided by the organisation package, which knows who oversees whom.
 */
public class AuditTrail {

    /** Fixed width, so that entries sort by time as strings (Instant.toString drops trailing zero digits). */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final RecordStore records;
    private final Clock clock;

    public AuditTrail(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Where an entry is filed: its organisation, and the province and park (either may be null) that oversee it. */
    public record Filing(String organisationId, String provinceCode, String parkId) {
    }

    /** One page of entries, newest first. */
    @RegisterForReflection
    @Schema(name = "AuditPage")
    public record Entries(List<AuditEntry> entries, String nextCursor) {
    }

    public AuditEntry record(Filing filing, AuditAction action, String actor, String target, String detail) {
        Instant at = clock.instant();
        String id = "aud_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        AuditEntry entry = new AuditEntry(id, at, action, filing.organisationId(), actor == null ? "development" : actor, target, detail);
        String sort = AuditKeys.entry(SORTABLE.format(at), id);
        Item item = Item.of(AuditKeys.ofOrganisation(filing.organisationId()), sort)
                .with("type", AuditKeys.ENTRY)
                .with("id", id)
                .with("at", at.toString())
                .with("action", action.name())
                .with("organisationId", filing.organisationId())
                .with("actor", entry.actor())
                .with("target", target)
                .with("detail", detail);
        if (filing.provinceCode() != null) {
            item.with(TableDesign.BY_REGION.partitionKey(), AuditKeys.ofProvince(filing.provinceCode())).with(TableDesign.BY_REGION.sortKey(), sort);
        }
        if (filing.parkId() != null) {
            item.with(TableDesign.BY_PARK.partitionKey(), AuditKeys.ofPark(filing.parkId())).with(TableDesign.BY_PARK.sortKey(), sort);
        }
        records.create(item);
        return entry;
    }

    public Entries ofOrganisation(String organisationId, int limit, String cursor) {
        return read(QuerySpec.table(AuditKeys.ofOrganisation(organisationId), null), limit, cursor);
    }

    public Entries ofProvince(String provinceCode, int limit, String cursor) {
        return read(QuerySpec.of(TableDesign.BY_REGION, AuditKeys.ofProvince(provinceCode)), limit, cursor);
    }

    public Entries ofPark(String parkId, int limit, String cursor) {
        return read(QuerySpec.of(TableDesign.BY_PARK, AuditKeys.ofPark(parkId)), limit, cursor);
    }

    private Entries read(QuerySpec spec, int limit, String cursor) {
        Page page = records.query(spec.descending(true).page(limit, cursor));
        return new Entries(page.items().stream().map(AuditTrail::fromItem).toList(), page.nextCursor());
    }

    private static AuditEntry fromItem(Item item) {
        return new AuditEntry(item.string("id").orElseThrow(), Instant.parse(item.string("at").orElseThrow()),
                AuditAction.valueOf(item.string("action").orElseThrow()), item.string("organisationId").orElseThrow(),
                item.string("actor").orElse(null), item.string("target").orElse(null), item.string("detail").orElse(null));
    }
}
