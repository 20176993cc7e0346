package org.hundredparks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.get();

    @Test
    void knowsTheRegionsOfGbt2260() {
        assertEquals("深圳市", data.regionName("440300"));
        assertEquals("南山区", data.regionName("440305"));
        assertEquals("北京市", data.regionName("110000"));
        assertFalse(data.isRegion("449999"));
        assertTrue(data.regionCount() > 3000, "provinces, cities and counties: " + data.regionCount());
    }

    @Test
    void knowsSectionsAndDivisionsOfGbt4754() {
        assertTrue(data.isIndustry("C"));
        assertTrue(data.isIndustry("C39"));
        assertTrue(data.isIndustry("C3971"));
        assertTrue(data.isIndustry("I65"));
        assertEquals("计算机、通信和其他电子设备制造业", data.industryName("C39"));
        assertFalse(data.isIndustry("A39"), "division 39 belongs to section C");
        assertFalse(data.isIndustry("C98"));
        assertFalse(data.isIndustry("U"));
    }

    @Test
    void knowsTheNineEmergingIndustries() {
        assertTrue(data.isEmergingIndustry("1"));
        assertTrue(data.isEmergingIndustry("9"));
        assertFalse(data.isEmergingIndustry("10"));
    }
}
