package org.hundredparks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.enterprise.EnterpriseService;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.matching.TextAnalysis;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.storage.InvalidCursorException;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.CooperationMode;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Search through the real SDK on the emulators: what it finds, how it filters and pages, whom it shows what, and a cold start. */
class SearchServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final TextAnalysis ANALYSIS = TextAnalysis.standard();

    private final String table = TestAws.newTable(DYNAMO, "search");
    private final String bucket = TestAws.newBucket("derived");

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2024-10-01T00:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, table, clock);
    private final SubmissionService submissions = new SubmissionService(new ListItemRepository(records), clock);
    private final ObjectStore objects = new ObjectStore(TestAws.s3(), TestAws.presigner());

    private final Caller shenzhenUniversity = new Caller("u1", Role.UNIVERSITY, "uni-sz", "440300", null, null);
    private final Caller nanjingUniversity = new Caller("u2", Role.UNIVERSITY, "uni-nj", "320100", null, null);
    private final Caller enterprise = new Caller("e1", Role.ENTERPRISE, "ent-sz", "440300", null, null);
    private final Caller guangdong = new Caller("g", Role.PROVINCE_AUTHORITY, "gd-edu", "440000", Domain.EDUCATION, null);
    private final Caller jiangsu = new Caller("j", Role.PROVINCE_AUTHORITY, "js-edu", "320000", Domain.EDUCATION, null);
    private final Caller science = new Caller("s", Role.MINISTRY, "most", null, Domain.SCIENCE, null);

    private SearchService service() {
        return new SearchService(new SearchIndexes(records, objects, bucket, new SearchDocuments(ANALYSIS), clock, Duration.ofSeconds(30)),
                ANALYSIS, ReferenceData.get());
    }

    private ListItem draft(Caller owner, String externalId, String title, String summary, String field, String region) {
        var fields = new AchievementFields(externalId, title, summary, field, List.of(), 6, List.of(), Set.of(CooperationMode.LICENSE),
                300_000L, "某大学", region, null, new Contact("张老师", "13812345678", null));
        return submissions.create(owner, ListType.ACHIEVEMENT, fields).item();
    }

    private ListItem published(Caller owner, String externalId, String title, String summary, String field, String region) {
        ListItem item = draft(owner, externalId, title, summary, field, region);
        submissions.submit(owner, ListType.ACHIEVEMENT, item.id(), null);
        return submissions.publish(science, ListType.ACHIEVEMENT, item.id(), null);
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, null, 20, null);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static String marked(String text, List<int[]> marks) {
        StringBuilder out = new StringBuilder();
        for (int[] mark : marks) {
            out.append('[').append(text, mark[0], mark[1]).append(']');
        }
        return out.toString();
    }

    @Test
    void findsBySynonymOfATitleWordAndByAWordOfTheDescriptionWithMarks() {
        ListItem sic = published(shenzhenUniversity, "A-1", "碳化硅衬底激光切片技术", "面向功率器件的衬底加工。采用飞秒激光隐切，切割损耗降低一半。", "新材料", "440305");
        ListItem rice = published(shenzhenUniversity, "A-2", "水稻抗倒伏品种选育", "籼稻新品种，亩产提高一成。", "现代农业", "440305");
        SearchService search = service();

        SearchResult bySynonym = search.search(enterprise, query("SiC"));
        assertEquals(List.of(sic.id()), ids(bySynonym), "SiC is 碳化硅 in synonyms.txt; the title says only 碳化硅");
        SearchResult.Hit hit = bySynonym.hits().get(0);
        assertEquals("[碳化硅]", marked(hit.title(), hit.titleMarks()));

        SearchResult byDescription = search.search(enterprise, query("飞秒激光"));
        assertEquals(List.of(sic.id()), ids(byDescription));
        SearchResult.Fragment fragment = byDescription.hits().get(0).fragment();
        assertTrue(marked(fragment.text(), fragment.marks()).contains("飞秒"), marked(fragment.text(), fragment.marks()));

        // every unit of the query must be there: 水稻 alone finds the rice, 水稻 with 激光 finds nothing
        assertEquals(List.of(rice.id()), ids(search.search(enterprise, query("水稻"))));
        assertEquals(List.of(), ids(search.search(enterprise, query("水稻 激光"))));
        assertEquals(0, search.search(enterprise, query("量子通信")).total());
        // a query of nothing searchable is refused with the field named
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> search.search(enterprise, query("的")));
        assertEquals("q", tooShort.violations().get(0).field());
    }

    @Test
    void filtersCombineFacetsCountUnderTheOtherFiltersAndPagesFollowOn() {
        List<String> guangdongMaterials = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            guangdongMaterials.add(published(shenzhenUniversity, "G-" + i, "石墨烯导热膜制备工艺" + i, "石墨烯薄膜，导热系数高。", "新材料", "440305").id());
        }
        published(shenzhenUniversity, "G-E", "石墨烯电池负极", "石墨烯复合负极。", "新能源", "440305");
        ListItem jiangsuMaterial = published(nanjingUniversity, "J-1", "石墨烯防腐涂料", "石墨烯改性涂层。", "新材料", "320102");
        SearchService search = service();

        SearchResult all = search.search(enterprise, query("石墨烯"));
        assertEquals(7, all.total());
        SearchQuery filtered = new SearchQuery("石墨烯", null, "44", null, "新材料", 2, null);
        SearchResult first = search.search(enterprise, filtered);
        assertEquals(5, first.total());
        // facets: the province facet ignores the province filter (so 江苏 shows 1), the field facet the field filter
        assertEquals(List.of(new SearchResult.Count("44", "广东省", 5), new SearchResult.Count("32", "江苏省", 1)), first.facets().provinces());
        assertEquals(List.of(new SearchResult.Count("新材料", "新材料", 5), new SearchResult.Count("新能源", "新能源", 1)), first.facets().fields());
        assertEquals(List.of(new SearchResult.Count("ACHIEVEMENT", "成果转化清单", 5)), first.facets().lists());
        assertFalse(ids(first).contains(jiangsuMaterial.id()));

        List<String> seen = new ArrayList<>(ids(first));
        String cursor = first.nextCursor();
        int pages = 1;
        while (cursor != null) {
            SearchResult page = search.search(enterprise, filtered.withCursor(cursor));
            seen.addAll(ids(page));
            cursor = page.nextCursor();
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(Set.copyOf(guangdongMaterials), new HashSet<>(seen));
        assertEquals(5, seen.size(), "no hit twice");
        assertThrows(InvalidCursorException.class, () -> search.search(enterprise, filtered.withCursor("not-a-cursor")));
        assertEquals(List.of(jiangsuMaterial.id()), ids(search.search(enterprise, new SearchQuery("石墨烯", SearchList.ACHIEVEMENT, "320102", null, null, 20,
                null))));
    }

    @Test
    void unpublishedItemsAreFoundOnlyByTheirOwnerAndTheAuthoritiesOverThemAndAPublishIsFoundAfterTheRefresh() {
        ListItem visible = published(nanjingUniversity, "P-0", "钙钛矿光伏组件封装", "钙钛矿组件的封装工艺。", "新能源", "320102");
        SearchService search = service();
        double before = search.search(enterprise, query("钙钛矿")).hits().get(0).score(); // the index is loaded now
        ListItem item = draft(shenzhenUniversity, "P-1", "钙钛矿叠层太阳能电池", "钙钛矿与晶硅叠层，效率高。", "新能源", "440305");
        clock.advance(Duration.ofSeconds(31));
        // ranking counts published documents only: a hidden draft sharing the word changes no one else's score
        assertEquals(before, search.search(enterprise, query("钙钛矿")).hits().get(0).score());

        assertTrue(ids(search.search(shenzhenUniversity, query("钙钛矿"))).contains(item.id()), "its owner");
        assertTrue(ids(search.search(guangdong, query("钙钛矿"))).contains(item.id()), "its province's authority");
        assertTrue(ids(search.search(science, query("钙钛矿"))).contains(item.id()), "a ministry");
        for (Caller other : List.of(enterprise, nanjingUniversity, jiangsu, Caller.anonymous())) {
            SearchResult result = search.search(other, query("钙钛矿"));
            assertEquals(List.of(visible.id()), ids(result), other.role() + " " + other.organisationId());
            assertEquals(1, result.total());
            assertEquals(List.of(new SearchResult.Count("32", "江苏省", 1)), result.facets().provinces(), "nor counted in a facet");
        }

        submissions.submit(shenzhenUniversity, ListType.ACHIEVEMENT, item.id(), null);
        submissions.publish(science, ListType.ACHIEVEMENT, item.id(), null);
        assertEquals(List.of(visible.id()), ids(search.search(enterprise, query("钙钛矿"))), "within the refresh interval the index is as it was");
        clock.advance(Duration.ofSeconds(31));
        assertTrue(ids(search.search(enterprise, query("钙钛矿"))).contains(item.id()), "published: anyone");
    }

    @Test
    void aColdStartLoadsTheSnapshotAndReadsWhatChangedSince() {
        new EnterpriseService(records, clock).save(enterprise, "ent-sz", new EnterpriseFields("深圳储能科技有限公司",
                "91440300MA5F00001" + org.hundredparks.validation.Uscc.checkCharacter("91440300MA5F00001"), "C3849", List.of("新能源"),
                "储能变流器、电池管理系统", "工商业储能整体方案", List.of(), "440305", null, new Contact("王经理", "13800001111", null)));
        ListItem before = published(shenzhenUniversity, "S-1", "储能电站热管理", "液冷储能系统。", "新能源", "440305");
        assertEquals(2, service().writeSnapshot(Instant.parse("2024-10-01T00:00:00Z")));
        // a document only the snapshot has tells that a cold start read it
        var decoded = SearchIndexes.decode(objects.get(bucket, SearchIndexes.SNAPSHOT_KEY).orElseThrow());
        assertNotNull(decoded.index().get(before.id()));
        ListItem stored = submissions.get(shenzhenUniversity, ListType.ACHIEVEMENT, before.id());
        decoded.index().put(new SearchDocuments(ANALYSIS).of(new ListItem("ach_onlyinsnapshot", stored.type(), stored.status(), null,
                stored.ownerOrganisationId(), null, 1, stored.createdAt(), stored.updatedAt(), stored.publishedAt(), stored.fields())));
        objects.put(bucket, SearchIndexes.SNAPSHOT_KEY, SearchIndexes.encode(decoded.asOf(), decoded.index()), "application/octet-stream");

        clock.advance(Duration.ofHours(2));
        ListItem after = published(shenzhenUniversity, "S-2", "储能电池梯次利用", "退役电池用于储能。", "新能源", "440305");
        SearchService cold = service();
        SearchResult coldResult = cold.search(enterprise, query("储能"));
        List<String> found = ids(coldResult);
        assertTrue(found.containsAll(List.of(before.id(), after.id(), "ach_onlyinsnapshot", "ent-sz")), found.toString());
        SearchResult.Hit loaded = coldResult.hits().stream().filter(h -> h.id().equals(before.id())).findFirst().orElseThrow();
        assertEquals("液冷储能系统。", loaded.fragment().text(), "a text read from the snapshot's block");
        assertEquals("[储能]", marked(loaded.fragment().text(), loaded.fragment().marks()));
        SearchResult enterprises = cold.search(enterprise, new SearchQuery("BMS", SearchList.ENTERPRISE, null, null, null, 20, null));
        assertEquals(List.of("ent-sz"), ids(enterprises), "a profile, by the synonym of 电池管理系统");
        assertNull(enterprises.nextCursor());
        // profiles are read by signed-in organisations only (GET /enterprises/{id}): not by someone not signed in
        assertEquals(List.of(), ids(cold.search(Caller.anonymous(), new SearchQuery("BMS", null, null, null, null, 20, null))));
    }

    @Test
    void aChangeTheCatchUpCannotSeeIsFoundByTheNightlyRebuild() {
        published(shenzhenUniversity, "N-1", "氢燃料电池双极板", "金属双极板冲压。", "新能源", "440305");
        SearchService search = service();
        assertEquals(1, search.writeSnapshot(Instant.parse("2024-10-01T00:00:00Z")));
        clock.advance(Duration.ofHours(1));
        // a record whose update time is two hours old when it reaches the table: every catch-up reads from a minute back
        Instant late = clock.instant().minus(Duration.ofHours(2)); // before the snapshot, and before its minute of overlap
        ListItem stored = submissions.get(shenzhenUniversity, ListType.ACHIEVEMENT, published(shenzhenUniversity, "N-0", "占位", "占位。",
                "新能源", "440305").id());
        new ListItemRepository(records).create(new ListItem("ach_late", ListType.ACHIEVEMENT, stored.status(), null,
                stored.ownerOrganisationId(), null, 1, late, late, late, new AchievementFields(null, "氢燃料电池催化剂", "铂碳催化剂。", "新能源",
                        List.of(), 6, List.of(), Set.of(CooperationMode.LICENSE), null, "某大学", "440305", null, null)));
        assertEquals(1, search.search(enterprise, query("氢燃料电池")).total(), "missed by the catch-up");
        search.writeSnapshot(Instant.parse("2024-10-01T12:00:00Z")); // 20:00 in China: a snapshot as usual
        assertEquals(1, search.search(enterprise, query("氢燃料电池")).total());
        search.writeSnapshot(Instant.parse("2024-10-01T19:03:00Z")); // 03:03 in China: built from the table
        assertTrue(ids(search.search(enterprise, query("氢燃料电池"))).contains("ach_late"));
        assertTrue(ids(service().search(enterprise, query("氢燃料电池"))).contains("ach_late"), "and in the snapshot a cold start loads");
    }
}
