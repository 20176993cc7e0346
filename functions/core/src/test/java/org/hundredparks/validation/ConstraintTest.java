package org.hundredparks.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hundredparks.organisation.OrganisationRegistration;
import org.hundredparks.submission.AchievementFields;
import org.junit.jupiter.api.Test;

/** The contract's limits are read from the checks themselves: what a check asks for, whatever the values. */
class ConstraintTest {

    @Test
    void anAchievementsCheckStatesItsRequiredFieldsLengthsCountsRangesAndPatternsDownToNestedOnes() {
        List<Constraint> stated = Constraint.of(AchievementFields.class);
        assertTrue(stated.contains(new Constraint("title", Constraint.Kind.REQUIRED, null, null, null)), stated.toString());
        assertTrue(stated.contains(new Constraint("title", Constraint.Kind.LENGTH, null, 200L, null)));
        assertTrue(stated.contains(new Constraint("trl", Constraint.Kind.RANGE, 1L, 9L, null)));
        assertTrue(stated.contains(new Constraint("keywords", Constraint.Kind.COUNT, 0L, 10L, null)));
        assertTrue(stated.contains(new Constraint("keywords[]", Constraint.Kind.LENGTH, null, 20L, null)));
        assertTrue(stated.contains(new Constraint("askingPriceYuan", Constraint.Kind.RANGE, 0L, null, null)));
        assertTrue(stated.contains(new Constraint("patents[0].number", Constraint.Kind.LENGTH, null, 40L, null)), "inside list items");
        assertTrue(stated.stream().anyMatch(c -> c.path().equals("contact.mobile") && c.kind() == Constraint.Kind.PATTERN), "inside nested records");
        assertTrue(stated.stream().anyMatch(c -> c.path().equals("regionCode") && "\\d{6}".equals(c.pattern())));
    }

    /** A registration needs a name for every kind but a park: not a rule the contract can state as always required. */
    @Test
    void aRuleForSomeValuesOnlyIsNotStatedAsAlwaysHolding() {
        List<Constraint> stated = Constraint.of(OrganisationRegistration.class);
        assertTrue(stated.contains(new Constraint("id", Constraint.Kind.REQUIRED, null, null, null)));
        assertFalse(stated.contains(new Constraint("name", Constraint.Kind.REQUIRED, null, null, null)), stated.toString());
        assertFalse(stated.contains(new Constraint("domain", Constraint.Kind.REQUIRED, null, null, null)));
    }

    @Test
    void statingRulesRecordsWithoutEnforcing() {
        List<Constraint> stated = new ArrayList<>();
        Rules rules = Rules.stating(stated).required("a", "甲", null).length("b", "乙", "x".repeat(500), 10).regionCode("c", "bad")
                .add("ANY", "d", "不会报告");
        assertDoesNotThrow(rules::check);
        assertEquals(3, stated.size(), stated.toString());
    }
}
