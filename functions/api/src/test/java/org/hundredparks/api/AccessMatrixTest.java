package org.hundredparks.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every write route of every list, for every role, from the right region and from
 * another one. The expectations are the policy written out as a table, so a change to either shows.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class AccessMatrixTest {

    private static final String PARK = "HTZ-440300-01";

    /** role → token of a caller in Guangdong (44) who would be competent for something. */
    private static Map<String, String> callers(String province) {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("PUBLIC", Tokens.publicUser());
        callers.put("UNIVERSITY", Tokens.university("uni-matrix-" + province, province + "0300"));
        callers.put("ENTERPRISE", Tokens.enterprise("ent-matrix-" + province, province + "0300"));
        callers.put("PARK_ADMIN", Tokens.parkAdmin(province.equals("44") ? PARK : "park-elsewhere", province + "0300"));
        callers.put("AUTHORITY_EDUCATION", Tokens.authority("EDUCATION", province + "0000"));
        callers.put("AUTHORITY_INDUSTRY", Tokens.authority("INDUSTRY", province + "0000"));
        callers.put("MINISTRY_EDUCATION", Tokens.ministry("EDUCATION"));
        return callers;
    }

    private static String body(String path) {
        return switch (path) {
            case "achievements" -> Samples.achievement("矩阵", "440305");
            // collected by the park in the matrix: a park admin submits only for its own park
            case "challenges" -> Samples.challenge("矩阵", "440305").replace("\"regionCode\"", "\"parkId\": \"" + PARK + "\", \"regionCode\"");
            case "talent-needs" -> Samples.talentNeed("矩阵", "440305", PARK);
            default -> Samples.staffOffer("矩阵", "440305");
        };
    }

    @Test
    void createIsAllowedExactlyAsThePolicySays() {
        // expected status per list for callers in the item's province (Guangdong)
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                                   achievements challenges talent-needs staff-offers
        expected.put("anonymous",           List.of(401, 401, 401, 401));
        expected.put("PUBLIC",              List.of(403, 403, 403, 403));
        expected.put("UNIVERSITY",          List.of(201, 403, 403, 201));
        expected.put("ENTERPRISE",          List.of(403, 201, 201, 403));
        expected.put("PARK_ADMIN",          List.of(403, 201, 201, 403));
        expected.put("AUTHORITY_EDUCATION", List.of(201, 403, 403, 201));
        expected.put("AUTHORITY_INDUSTRY",  List.of(403, 201, 403, 403));
        expected.put("MINISTRY_EDUCATION",  List.of(403, 403, 403, 403));
        List<String> paths = List.of("achievements", "challenges", "talent-needs", "staff-offers");
        List<String> mismatches = new ArrayList<>();
        callers("44").forEach((role, token) -> {
            for (int i = 0; i < paths.size(); i++) {
                int status = ListItemLifecycleTest.as(token).body(body(paths.get(i))).post("/" + paths.get(i)).statusCode();
                if (status != expected.get(role).get(i)) {
                    mismatches.add(role + " POST /" + paths.get(i) + ": " + status + ", expected " + expected.get(role).get(i));
                }
            }
        });
        // from another province (Beijing), no one may write Guangdong's lists
        callers("11").forEach((role, token) -> {
            for (String path : paths) {
                int status = ListItemLifecycleTest.as(token).body(body(path)).post("/" + path).statusCode();
                if (status == 201) {
                    mismatches.add(role + " of another province created in /" + path);
                }
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    void onlyTheCompetentAuthorityPublishesAndOnlyOverseersWithdraw() {
        Map<String, String> guangdong = callers("44");
        Map<String, Map<String, Integer>> expected = Map.of(
                "achievements", Map.of("AUTHORITY_EDUCATION", 200, "MINISTRY_EDUCATION", 200),
                "challenges", Map.of("AUTHORITY_INDUSTRY", 200),
                "talent-needs", Map.of("PARK_ADMIN", 200),
                "staff-offers", Map.of("AUTHORITY_EDUCATION", 200, "MINISTRY_EDUCATION", 200));
        Map<String, String> owners = Map.of("achievements", "UNIVERSITY", "challenges", "ENTERPRISE",
                "talent-needs", "ENTERPRISE", "staff-offers", "UNIVERSITY");
        List<String> mismatches = new ArrayList<>();
        for (String path : expected.keySet()) {
            for (Map.Entry<String, String> caller : guangdong.entrySet()) {
                String owner = guangdong.get(owners.get(path));
                String id = ListItemLifecycleTest.as(owner).body(body(path).replace("矩阵", "矩阵" + UUID.randomUUID()))
                        .post("/" + path).then().statusCode(201).extract().path("id");
                ListItemLifecycleTest.as(owner).post("/" + path + "/" + id + "/submit").then().statusCode(200);
                int status = ListItemLifecycleTest.as(caller.getValue()).post("/" + path + "/" + id + "/publish").statusCode();
                int want = expected.get(path).getOrDefault(caller.getKey(), caller.getValue() == null ? 401 : -1);
                boolean ok = want == -1 ? status == 403 || status == 404 : status == want;
                if (!ok) {
                    mismatches.add(caller.getKey() + " publish /" + path + ": " + status);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
