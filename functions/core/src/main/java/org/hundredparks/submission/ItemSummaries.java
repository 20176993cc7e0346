package org.hundredparks.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.changefeed.ItemChange;
import org.hundredparks.platform.ClockProducer;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.MemberRows;
import org.hundredparks.storage.RecordStore;

/**
 * What the reports count list items by (status, region, park, field, a talent need's role, the day it was published,
 * and a challenge's deadline and title for the unanswered-challenge finding), kept beside the
 * items in {@link MemberRows} per list, so that a national report reads about a thousand rows instead of
 * every item of the three lists and the staff offers.
 *
 * <p>Each item is one member of its list's rows; its value begins with the item's version, zero-padded, and
 * a write only ever raises it. The repository writes it after each item write, and the change stream writes
 * it again (the repair when that second write was lost): retries, replays and a late older write all leave
 * the newest entry.
 */
public final class ItemSummaries {

    private final RecordStore records;

    public ItemSummaries(RecordStore records) {
        this.records = records;
    }

    /** Records the item as it is now, unless a newer version of it is recorded already. */
    public void record(ListItem item) {
        rows(item.type()).raise(item.id(), entry(item));
    }

    /** The change stream's copy of the write: records a list item's new image (the repair path; see above). */
    public void apply(ItemChange change) {
        if (ListItemRepository.isListItem(change.keys()) && change.after().isPresent()) {
            record(ListItemRepository.fromItem(change.after().get()));
        }
    }

    /** Every recorded item of a list, as {@link #toItem(String, ListType, String) summary items}. */
    public List<ListItem> all(ListType type) {
        List<ListItem> items = new ArrayList<>();
        rows(type).members().forEach((id, entry) -> items.add(toItem(id, type, entry)));
        return items;
    }

    /** The rows for these items, as a rebuild or a bulk load writes them (one item per row). */
    public static List<Item> rows(List<ListItem> items) {
        List<Item> rows = new ArrayList<>();
        for (ListType type : ListType.values()) {
            Map<String, String> members = new LinkedHashMap<>();
            items.stream().filter(i -> i.type() == type).forEach(i -> members.put(i.id(), entry(i)));
            rows.addAll(MemberRows.rows(SubmissionKeys.summaries(type), members));
        }
        return rows;
    }

    private MemberRows rows(ListType type) {
        return new MemberRows(records, SubmissionKeys.summaries(type));
    }
    /**
     * {@code version|status|region|park|field|role|published|deadline|title}: the version first, so that a newer entry
     * compares higher. The day published is China's; deadline and title are a challenge's only. Entries written before
     * the last three existed have six parts, and read as not published on a known day and without a deadline until
     * the item is written again.
     */
    static String entry(ListItem item) {
        ListItemFields f = item.fields();
        String role = f instanceof TalentNeedFields t && t.role() != null ? t.role().name() : "";
        String published = item.publishedAt() == null ? "" : LocalDate.ofInstant(item.publishedAt(), ClockProducer.CHINA).toString();
        ChallengeFields challenge = f instanceof ChallengeFields c ? c : null;
        return String.format("%012d", item.version()) + "|" + item.status().name() + "|" + clean(f.regionCode()) + "|"
                + clean(f.parkId()) + "|" + clean(f.field()) + "|" + role + "|" + published + "|"
                + (challenge == null || challenge.deadline() == null ? "" : challenge.deadline().toString()) + "|"
                + (challenge == null ? "" : clean(shortTitle(challenge.title())));
    }

    /**
     * An appendix names a challenge by its title's first 20 characters: every item write rewrites its summary row, and
     * a row holds about a hundred entries at 100,000 items, so each byte here is paid a hundred times per write.
     */
    static String shortTitle(String title) {
        return title == null || title.codePointCount(0, title.length()) <= 20 ? title
                : title.substring(0, title.offsetByCodePoints(0, 20)) + "…";
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('|', '/');
    }

    /**
     * A list item holding only what the summary says: its id, list, status, version, the day it was published (as
     * that day's start in China), and in its fields the region, park, field, (talent needs) role and (challenges)
     * deadline and title. Nothing else may be read from it.
     */
    static ListItem toItem(String id, ListType type, String entry) {
        String[] parts = entry.split("\\|", -1);
        String region = blankToNull(parts[2]);
        String park = blankToNull(parts[3]);
        String field = blankToNull(parts[4]);
        String published = parts.length > 6 ? blankToNull(parts[6]) : null;
        String deadline = parts.length > 7 ? blankToNull(parts[7]) : null;
        String title = parts.length > 8 ? blankToNull(parts[8]) : null;
        ListItemFields fields = switch (type) {
            case ACHIEVEMENT -> new AchievementFields(null, null, null, field, null, null, null, null, null, null, region, park, null);
            case CHALLENGE -> new ChallengeFields(null, title, null, null, deadline == null ? null : LocalDate.parse(deadline), null, null,
                    null, null, null, null, field, null, null, region, park, null);
            case STAFF_OFFER -> new StaffOfferFields(null, null, null, null, null, field == null ? List.of() : List.of(field), null,
                    null, null, null, region, park, null);
            case TALENT_NEED -> new TalentNeedFields(null, null, parts[5].isEmpty() ? null : SecondmentRole.valueOf(parts[5]), field,
                    null, null, null, null, null, region, park, null);
        };
        return new ListItem(id, type, ItemStatus.valueOf(parts[1]), null, null, null, Long.parseLong(parts[0]), Instant.EPOCH,
                Instant.EPOCH, published == null ? null : LocalDate.parse(published).atStartOfDay(ClockProducer.CHINA).toInstant(), fields);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
