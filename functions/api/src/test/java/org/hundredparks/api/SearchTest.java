package org.hundredparks.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * GET /search over HTTP, as the mini-program calls it: a synonym of a title word and a word of the description find
 * an item, filters combine, pages follow on, and an unpublished item is found by its owner and its province's
 * authority only. The items live in 新疆 (65), where no other test writes, so the counts are this test's own.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class SearchTest {

    private static String achievement(String title, String summary) {
        return """
                {"title": "%s", "summary": "%s", "technologyField": "新能源", "keywords": ["储能"], "trl": 5,
                 "cooperationModes": ["LICENSE"], "askingPriceYuan": 800000, "universityName": "新疆大学", "regionCode": "650102",
                 "contact": {"name": "艾老师", "mobile": "13812345678"}}""".formatted(title, summary);
    }

    @Test
    void findsBySynonymAndDescriptionFiltersPagesAndShowsUnpublishedItemsOnlyToThoseOverThem() {
        String university = Tokens.university("uni-search", "650100");
        String authority = Tokens.authority("EDUCATION", "650000");
        String published = ListItemLifecycleTest.as(university)
                .body(achievement("钠离子电池硬碳负极材料", "以生物质前驱体制备硬碳，首次库仑效率达到百分之九十，适合大规模储能。"))
                .post("/achievements").then().statusCode(201).extract().path("id");
        ListItemLifecycleTest.as(university).post("/achievements/" + published + "/submit").then().statusCode(200);
        ListItemLifecycleTest.as(authority).post("/achievements/" + published + "/publish").then().statusCode(200);
        String draft = ListItemLifecycleTest.as(university)
                .body(achievement("钠离子电池层状氧化物正极", "铜铁锰基层状氧化物，空气稳定性好。"))
                .post("/achievements").then().statusCode(201).extract().path("id");

        // 钠电 is the synonyms' word for 钠离子电池, which only the title has; anyone finds the published item, marked
        JsonPath bySynonym = ListItemLifecycleTest.as(null).queryParam("q", "钠电").get("/search").then().statusCode(200)
                .body("hits.id", hasItem(published)).body("hits.id", not(hasItem(draft)))
                .extract().jsonPath();
        int at = bySynonym.getList("hits.id").indexOf(published);
        List<Integer> mark = bySynonym.getList("hits[" + at + "].titleMarks[0]", Integer.class);
        assertEquals("钠离子电池", bySynonym.getString("hits[" + at + "].title").substring(mark.get(0), mark.get(1)));

        // a word only the description has, with its fragment marked
        JsonPath byDescription = ListItemLifecycleTest.as(Tokens.enterprise("ent-search", "440300")).queryParam("q", "生物质前驱体")
                .get("/search").then().statusCode(200).body("hits.id", contains(published)).extract().jsonPath();
        String fragment = byDescription.getString("hits[0].fragment.text");
        List<Integer> first = byDescription.getList("hits[0].fragment.marks[0]", Integer.class);
        assertTrue(fragment.substring(first.get(0), first.get(1)).startsWith("生物质"), fragment + " " + first);

        // filters combine; the facets count each under the other filters
        ListItemLifecycleTest.as(null).queryParam("q", "钠离子电池").queryParam("regionCode", "65").queryParam("field", "新能源")
                .queryParam("list", "ACHIEVEMENT").get("/search").then().statusCode(200)
                .body("hits.id", contains(published)).body("total", equalTo(1))
                .body("facets.provinces.find { it.value == '65' }.label", equalTo("新疆维吾尔自治区"));
        ListItemLifecycleTest.as(null).queryParam("q", "钠离子电池 硬碳").queryParam("regionCode", "44").get("/search").then()
                .statusCode(200).body("hits.id", not(hasItem(published)))
                .body("facets.provinces.find { it.value == '65' }.count", equalTo(1));
        ListItemLifecycleTest.as(null).queryParam("q", "钠离子电池").queryParam("list", "CHALLENGE").queryParam("regionCode", "65")
                .get("/search").then().statusCode(200).body("total", equalTo(0));

        // the draft: its owner and its province's authority find it, page by page; nobody else does
        for (String overseer : List.of(university, authority)) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = ListItemLifecycleTest.as(overseer).queryParam("q", "钠离子电池").queryParam("regionCode", "65")
                        .queryParam("limit", 1);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/search").then().statusCode(200).body("total", equalTo(2)).body("hits", hasSize(1))
                        .extract().jsonPath();
                seen.addAll(page.getList("hits.id"));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 5);
            assertEquals(2, pages);
            assertTrue(seen.containsAll(List.of(published, draft)), seen.toString());
        }
        for (String other : List.of(Tokens.university("uni-other", "650100"), Tokens.authority("EDUCATION", "440000"),
                Tokens.publicUser())) {
            ListItemLifecycleTest.as(other).queryParam("q", "层状氧化物").get("/search").then().statusCode(200)
                    .body("hits.id", not(hasItem(draft))).body("facets.provinces.find { it.value == '65' }", nullValue());
        }
        ListItemLifecycleTest.as(university).queryParam("q", "层状氧化物").get("/search").then().statusCode(200)
                .body("hits.id", containsInAnyOrder(draft)).body("hits[0].status", equalTo("DRAFT"));
    }

    @Test
    void badQueriesAreRefusedNamingTheField() {
        ListItemLifecycleTest.as(null).get("/search").then().statusCode(400).body("field", equalTo("q")).body("code", equalTo("REQUIRED"));
        ListItemLifecycleTest.as(null).queryParam("q", "储能".repeat(26)).get("/search").then().statusCode(400).body("field", equalTo("q"));
        ListItemLifecycleTest.as(null).queryParam("q", "的").get("/search").then().statusCode(400).body("code", equalTo("QUERY_TOO_SHORT"));
        ListItemLifecycleTest.as(null).queryParam("q", "储能").queryParam("limit", 0).get("/search").then().statusCode(400)
                .body("field", equalTo("limit"));
        ListItemLifecycleTest.as(null).queryParam("q", "储能").queryParam("regionCode", "abc").get("/search").then().statusCode(400)
                .body("field", equalTo("regionCode"));
        ListItemLifecycleTest.as(null).queryParam("q", "储能").queryParam("list", "NOPE").get("/search").then().statusCode(400);
        ListItemLifecycleTest.as(null).queryParam("q", "储能").queryParam("cursor", "bm90LWEtY3Vyc29y").get("/search").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR")).body("nextCursor", nullValue());
        ListItemLifecycleTest.as(null).queryParam("q", "储能").get("/search").then().statusCode(200).body("facets", notNullValue());
    }
}
