package org.hundredparks.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.reference.ReferenceData;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class ActionPlanServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final String TABLE = TestAws.newTable(DYNAMO, "plans");

    private static ActionPlan submitAt(String instant, String regionCode) {
        TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse(instant));
        ActionPlanService service = new ActionPlanService(new RecordStore(DYNAMO, TABLE, clock), clock, LocalDate.parse("2024-07-31"));
        Caller authority = new Caller("a", Role.PROVINCE_AUTHORITY, "auth-" + regionCode, regionCode, Domain.SCIENCE, null);
        String park = ReferenceData.get().parksWithin(regionCode).get(0).id(); // a park of the plan's own province
        return service.submit(authority, new ActionPlanFields(regionCode, "2024-2025", "科技厅", List.of(park),
                List.of(new Action("'百园百校万企'创新合作行动——对接", null, List.of(park)))), null);
    }

    @Test
    void aPlanIsLateOnlyAfterTheDueDayInChinaTime() {
        assertFalse(submitAt("2024-07-31T15:59:00Z", "330000").late(), "23:59 on 31 July in Beijing is on time");
        assertTrue(submitAt("2024-07-31T16:00:00Z", "340000").late(), "00:00 on 1 August in Beijing is late");
    }

    @Test
    void theNameRuleAcceptsTheQuotesPeopleTypeAndNothingElse() {
        assertTrue(ActionName.follows("'百园百校万企'创新合作行动——湾区成果对接"));
        assertTrue(ActionName.follows("“百园百校万企”创新合作行动——科技副总进园区"));
        assertTrue(ActionName.follows("\"百园百校万企\"创新合作行动——路演"));
        assertEquals("路演", ActionName.specificName("\"百园百校万企\"创新合作行动——路演"));
        assertFalse(ActionName.follows("百园百校万企创新合作行动——路演"), "the quotes are part of the name");
        assertFalse(ActionName.follows("'百园百校万企'创新合作行动—路演"), "one dash is not the rule's dash");
        assertFalse(ActionName.follows("'百园百校万企'创新合作行动——"), "a specific name is required");
        assertFalse(ActionName.follows("湾区成果对接"));
    }
}
