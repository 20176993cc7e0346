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

    @Test
    void knowsTheNationalParksWithTheirRegions() {
        Park zhongguancun = data.park("HTZ-110000-01");
        assertEquals("中关村科技园区", zhongguancun.name());
        assertEquals(Park.Kind.HIGH_TECH_ZONE, zhongguancun.kind());
        Park tsinghua = data.park("USP-110108-01");
        assertEquals(Park.Kind.UNIVERSITY_SCIENCE_PARK, tsinghua.kind());
        assertEquals(java.util.List.of("清华大学"), tsinghua.universities());
        assertEquals(null, data.park("HTZ-999999-01"));
        assertTrue(data.parkCount() > 250, "high-tech zones and university science parks: " + data.parkCount());
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Park park : data.parksWithin("110000")) {
            assertTrue(park.regionCode().startsWith("11"), park.toString());
            names.add(park.name());
        }
        assertTrue(names.contains("北京大学国家大学科技园"));
        assertFalse(names.contains("天津滨海高新技术产业开发区"));
    }

    @Test
    void everyParkLiesInAKnownRegionAndHasAnIdNamingIt() {
        for (Park park : allParks()) {
            assertTrue(data.isRegion(park.regionCode()), park.toString());
            String prefix = park.kind() == Park.Kind.HIGH_TECH_ZONE ? "HTZ-" : "USP-";
            assertTrue(park.id().startsWith(prefix + park.regionCode() + "-"), park.toString());
        }
    }

    private java.util.List<Park> allParks() {
        java.util.List<Park> all = new java.util.ArrayList<>();
        for (String province : java.util.List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
                "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")) {
            all.addAll(data.parksWithin(province + "0000"));
        }
        assertEquals(data.parkCount(), all.size(), "every park lies in a province");
        return all;
    }

    @Test
    void regionsNestByTheirDigits() {
        assertTrue(Regions.within("440305", "440000"));
        assertTrue(Regions.within("440305", "440300"));
        assertTrue(Regions.within("440305", "440305"));
        assertFalse(Regions.within("440305", "440100"));
        assertFalse(Regions.within("440305", "450000"));
        assertFalse(Regions.within("4403", "440000"));
    }
}
