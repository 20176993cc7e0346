package org.hundredparks.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/**
 * Every route that needs a role, called by every role: those outside its list are refused before any
 * work (401 without a token, 403 with the wrong role); those inside get past the door (whatever the
 * business answer). The table is the routes' declared roles written out again, so a change to one shows.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class RouteRolesTest {

    private record Route(String method, String path, Set<String> roles) {
    }

    private static final Set<String> SIGNED_IN_ORGS = Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY", "MINISTRY");

    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/achievements/x/submit", Set.of("UNIVERSITY", "PROVINCE_AUTHORITY")),
            new Route("POST", "/achievements/x/publish", Set.of("PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("POST", "/achievements/x/withdraw", Set.of("UNIVERSITY", "PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("PUT", "/achievements/x", Set.of("UNIVERSITY", "PROVINCE_AUTHORITY")),
            new Route("POST", "/challenges/x/publish", Set.of("PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("PUT", "/challenges/x", Set.of("ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY")),
            new Route("POST", "/talent-needs/x/publish", Set.of("PARK_ADMIN")),
            new Route("PUT", "/talent-needs/x", Set.of("ENTERPRISE", "PARK_ADMIN")),
            new Route("POST", "/staff-offers/x/publish", Set.of("PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("POST", "/challenges/x/bids", Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE")),
            new Route("GET", "/challenges/x/bids", SIGNED_IN_ORGS),
            new Route("POST", "/challenges/x/bids/y/accept", Set.of("ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("POST", "/action-plans", Set.of("PROVINCE_AUTHORITY")),
            new Route("PUT", "/action-plans/440000_2024-2025", Set.of("PROVINCE_AUTHORITY")),
            new Route("GET", "/action-plans/440000_2024-2025", Set.of("PROVINCE_AUTHORITY", "MINISTRY", "PARK_ADMIN")),
            new Route("POST", "/cooperations", Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY")),
            new Route("GET", "/cooperations", Set.of("PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("GET", "/cooperations/x", SIGNED_IN_ORGS),
            new Route("POST", "/cooperations/x/confirm", Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY")),
            new Route("POST", "/cooperations/x/progress", Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY")),
            new Route("POST", "/cooperations/x/outcomes", Set.of("PARK_ADMIN", "UNIVERSITY", "ENTERPRISE", "PROVINCE_AUTHORITY")),
            new Route("GET", "/cooperations/x/outcomes", SIGNED_IN_ORGS),
            new Route("POST", "/imports/uploads", Set.of("UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY")),
            new Route("POST", "/imports", Set.of("UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY")),
            new Route("GET", "/imports/x", Set.of("UNIVERSITY", "ENTERPRISE", "PARK_ADMIN", "PROVINCE_AUTHORITY")),
            new Route("GET", "/achievements/x/matches", SIGNED_IN_ORGS),
            new Route("GET", "/challenges/x/matches", SIGNED_IN_ORGS),
            new Route("GET", "/talent-needs/x/matches", SIGNED_IN_ORGS),
            new Route("GET", "/staff-offers/x/matches", SIGNED_IN_ORGS),
            new Route("GET", "/reminders", SIGNED_IN_ORGS),
            new Route("POST", "/reminders/x/read", SIGNED_IN_ORGS),
            new Route("POST", "/reports", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("GET", "/reports/x", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("GET", "/statistics?scope=PROVINCE:44", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("POST", "/typical-cases", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("POST", "/typical-cases/x/shortlist", Set.of("MINISTRY")),
            new Route("PUT", "/enterprises/x", Set.of("ENTERPRISE", "PARK_ADMIN")),
            new Route("GET", "/enterprises/x", SIGNED_IN_ORGS),
            new Route("GET", "/enterprises/x/matches", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN", "ENTERPRISE")),
            new Route("GET", "/organisations/x", SIGNED_IN_ORGS),
            new Route("POST", "/organisations/x/membership", Set.of("ENTERPRISE")),
            new Route("POST", "/organisations", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("POST", "/organisations/x/suspend", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("POST", "/organisations/x/reinstate", Set.of("MINISTRY", "PROVINCE_AUTHORITY", "PARK_ADMIN")),
            new Route("GET", "/audit?organisationId=x", SIGNED_IN_ORGS),
            new Route("GET", "/parks/x/members", Set.of("PARK_ADMIN", "PROVINCE_AUTHORITY", "MINISTRY")),
            new Route("POST", "/parks/x/members/y/approve", Set.of("PARK_ADMIN")),
            new Route("POST", "/organisations/x/clients", SIGNED_IN_ORGS),
            new Route("GET", "/organisations/x/clients", SIGNED_IN_ORGS),
            new Route("POST", "/organisations/x/clients/y/secret", SIGNED_IN_ORGS),
            new Route("DELETE", "/organisations/x/clients/y", SIGNED_IN_ORGS),
            new Route("POST", "/organisations/x/invitations", SIGNED_IN_ORGS),
            new Route("GET", "/organisations/x/people", SIGNED_IN_ORGS),
            new Route("POST", "/organisations/x/people/y/disable", SIGNED_IN_ORGS),
            new Route("GET", "/me", SIGNED_IN_ORGS),
            new Route("GET", "/me/feed", SIGNED_IN_ORGS),
            new Route("GET", "/wechat/subscriptions", SIGNED_IN_ORGS),
            new Route("POST", "/wechat/subscriptions", SIGNED_IN_ORGS));

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("PUBLIC", Tokens.publicUser());
        callers.put("UNIVERSITY", Tokens.university("uni-roles", "440300"));
        callers.put("ENTERPRISE", Tokens.enterprise("ent-roles", "440300"));
        callers.put("PARK_ADMIN", Tokens.parkAdmin("park-roles", "440300"));
        callers.put("PROVINCE_AUTHORITY", Tokens.authority("SCIENCE", "440000"));
        callers.put("MINISTRY", Tokens.ministry("EDUCATION"));
        return callers;
    }

    @Test
    void everyRouteLetsInExactlyItsRoles() {
        List<String> mismatches = new ArrayList<>();
        Map<String, String> callers = callers();
        for (Route route : ROUTES) {
            callers.forEach((role, token) -> {
                var response = ListItemLifecycleTest.as(token).body("{}").request(route.method(), route.path());
                int status = response.statusCode();
                // the door answers 401, or 403 with code FORBIDDEN; the workflow's own refusals carry other codes
                boolean refusedAtTheDoor = status == 401
                        || status == 403 && "FORBIDDEN".equals(response.jsonPath().getString("code"));
                boolean allowed = route.roles().contains(role);
                if (allowed && refusedAtTheDoor) {
                    mismatches.add(role + " " + route.method() + " " + route.path() + ": " + status + " but the role is allowed");
                } else if (!allowed && !refusedAtTheDoor) {
                    mismatches.add(role + " " + route.method() + " " + route.path() + ": " + status + " but the role is not allowed");
                }
            });
        }
        assertEquals(List.of(), mismatches);
    }
}
