package org.hundredparks.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlan;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.CooperationKind;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.reference.Park;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.reporting.ReportInput;
import org.hundredparks.reporting.TypicalCase;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SecondmentRole;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Generated records for the report benchmarks: {@code size} list items over the reference parks, and a
 * tenth as many cooperations, outcomes and bids, plus the action plans and 200 typical cases. Seeded, so
 * every run reports over the same records.
 */
final class ReportCorpus {

    /** Items are published, cooperations started and bids made over the months from September 2024 to June 2025. */
    static final Instant FIRST_MONTH = Instant.parse("2024-09-01T02:00:00Z");

    private ReportCorpus() {
    }

    static ReportInput generate(int size) {
        Random random = new Random(7);
        List<String> provinces = ReferenceData.get().provinces();
        List<Park> parks = ReferenceData.get().parks();
        String[] fields = {"新一代信息技术", "新材料", "新能源", "生物医药", "高端装备", "节能环保", "现代农业", "集成电路", "航空航天", "新能源汽车"};
        ItemStatus[] statuses = ItemStatus.values();
        Contact contact = new Contact("张", "13812345678", null);
        Instant now = Instant.parse("2025-06-20T00:00:00Z");
        List<ListItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Park park = parks.get(random.nextInt(parks.size()));
            String region = park.regionCode();
            String field = fields[random.nextInt(fields.length)];
            ListType type = ListType.values()[i % 4];
            ListItemFields f = switch (type) {
                case ACHIEVEMENT -> new AchievementFields("e" + i, "成果" + i, "简介", field, List.of(), 6, List.of(), Set.of(), 100_000L,
                        "某大学", region, park.id(), contact);
                case CHALLENGE -> new ChallengeFields("e" + i, "榜单" + i, "问题", "指标", LocalDate.parse(i % 8 == 1 ? "2025-03-31" : "2025-12-31"), "共有", 1_000_000L,
                        "条件", "某公司", "x", "C38", field, List.of(), 6, region, park.id(), contact);
                case TALENT_NEED -> new TalentNeedFields("e" + i, "需求" + i, SecondmentRole.values()[i % 3], field, 1, 12, "说明",
                        "某公司", "x", region, park.id(), contact);
                case STAFF_OFFER -> new StaffOfferFields("e" + i, "人员" + i, "某大学", "学院", "教授", List.of(field),
                        Set.of(SecondmentRole.TECHNICAL_ADVISER), LocalDate.parse("2024-09-01"), LocalDate.parse("2025-08-31"), "简介",
                        region, park.id(), contact);
            };
            Instant published = FIRST_MONTH.plus(random.nextInt(290), java.time.temporal.ChronoUnit.DAYS); // 2024-09 to 2025-06
            ItemStatus status = statuses[random.nextInt(statuses.length)];
            boolean wasPublished = status == ItemStatus.PUBLISHED || status == ItemStatus.CLOSED;
            items.add(new ListItem("it_" + i, type, status, null, "org" + (i % 5000), null, 1, published, published,
                    wasPublished ? published : null, f));
        }
        List<ActionPlan> plans = new ArrayList<>();
        for (String province : provinces) {
            List<String> roster = ReferenceData.get().parksWithin(province + "0000").stream().map(Park::id).toList();
            if (!roster.isEmpty() && provinces.indexOf(province) % 7 != 3) { // a few provinces without a plan, as in life
                plans.add(new ActionPlan(province + "0000_2024-2025", new ActionPlanFields(province + "0000", "2024-2025", "科技厅", roster,
                        List.of(new Action("'百园百校万企'创新合作行动——对接", null, roster.subList(0, (roster.size() + 1) / 2)))),
                        "auth", 1, now, now, false));
            }
        }
        List<Cooperation> cooperations = new ArrayList<>();
        List<Map.Entry<String, Outcome>> outcomes = new ArrayList<>();
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < size / 10; i++) {
            Park park = parks.get(random.nextInt(parks.size()));
            String id = "coop_" + i;
            cooperations.add(new Cooperation(id, new CooperationFields("'百园百校万企'创新合作行动——合作" + i,
                    CooperationKind.values()[i % 3], park.regionCode(), park.id(), List.of("org" + i, "uni" + i % 500),
                    i % 3 == 1 ? "it_" + (1 + 4 * (i % 1000)) : null, i % 3 == 0 ? "it_" + 4 * (i % 1000) : null, "it_" + (2 + 4 * (i % 1000)),
                    null, LocalDate.parse("2024-10-01").plusDays(random.nextInt(250)), null), "org" + i, null, 1, now,
                    random.nextBoolean() ? "2025-03-01" : null,
                    Cooperation.Status.CONFIRMED, List.of("org" + i, "uni" + i % 500)));
            outcomes.add(Map.entry(id, new Outcome("o" + i, LocalDate.parse("2025-05-31"), 1 + i % 3, 100_000L * (1 + i % 20), i % 4,
                    i % 2, i % 5, null, null, "org" + i, now)));
            bids.add(new Bid("b" + i, "it_" + (1 + 4 * (i % (size / 4))), "org" + i, i % 2 == 0 ? Bid.Status.ACCEPTED : Bid.Status.SUBMITTED,
                    new BidFields("团队", "方案", 1L, LocalDate.parse("2025-06-01"), contact), 1,
                    FIRST_MONTH.plus(30 + random.nextInt(260), java.time.temporal.ChronoUnit.DAYS), now, null));
        }
        List<TypicalCase> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Cooperation c = cooperations.get(i);
            cases.add(new TypicalCase(c.id(), c.fields().name(), c.fields().regionCode(), c.fields().parkId(), "说明", "auth", now, i % 3 == 0));
        }
        Set<String> matched = new java.util.HashSet<>();
        for (int i = 0; i < size; i += 3) {
            matched.add("it_" + i);
        }
        return new ReportInput(items, plans, cooperations, outcomes, bids, matched, cases);
    }
}
