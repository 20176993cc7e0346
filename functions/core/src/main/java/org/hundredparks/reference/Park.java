package org.hundredparks.reference;

import java.util.List;

/** 国家高新区 or 国家大学科技园, as the reference list names it; {@code regionCode} is where it lies (GB/T 2260). */
public record Park(String id, String name, Kind kind, String regionCode, List<String> universities) {

    public enum Kind { HIGH_TECH_ZONE, UNIVERSITY_SCIENCE_PARK }
}
