package org.hundredparks.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hundredparks.platform.ColdStart;

/**
 * The national code lists validation checks against (resources/reference, README there): GB/T 2260
 * regions, GB/T 4754-2017 industries, the nine emerging-industry fields, the national high-tech zones and
 * university science parks. Read once, from the classpath.
 */
public final class ReferenceData {

    private static final ReferenceData INSTANCE = ColdStart.timed("reference data", ReferenceData::new);

    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> industries = new HashMap<>();
    private final Map<String, String> emergingIndustries = new HashMap<>();
    private final Map<String, Park> parks = new java.util.LinkedHashMap<>();

    private ReferenceData() {
        read("gbt2260-regions.csv", row -> regions.put(row.get(0), row.get(1)));
        read("gbt4754-2017-industries.csv", row -> industries.put(row.get(0), row.get(1)));
        read("emerging-industries-2018.csv", row -> emergingIndustries.put(row.get(0), row.get(1)));
        read("parks.csv", row -> parks.put(row.get(0), new Park(row.get(0), row.get(1), Park.Kind.valueOf(row.get(2)),
                row.get(3), row.get(4).isEmpty() ? List.of() : List.of(row.get(4).split("、")))));
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    /** A six-digit code of a province, city or county in GB/T 2260. */
    public boolean isRegion(String code) {
        return regions.containsKey(code);
    }

    public String regionName(String code) {
        return regions.get(code);
    }

    /**
     * A GB/T 4754-2017 code whose section and division exist: "C", "C39", "C397", "C3971". Groups and
     * classes are checked down to their division (the file ships sections and divisions).
     */
    public boolean isIndustry(String code) {
        if (code == null || code.isEmpty() || !industries.containsKey(code.substring(0, 1))) {
            return false;
        }
        return code.length() == 1 || code.length() >= 3 && industries.containsKey(code.substring(0, 3));
    }

    public String industryName(String code) {
        return industries.get(code);
    }

    public boolean isEmergingIndustry(String code) {
        return emergingIndustries.containsKey(code);
    }

    /** A national high-tech zone or university science park by its id ({@code HTZ-440300-01}), or null. */
    public Park park(String id) {
        return id == null ? null : parks.get(id);
    }

    /** The parks whose region code lies within {@code regionCode} (a province, city or county). */
    public List<Park> parksWithin(String regionCode) {
        return parks.values().stream().filter(p -> Regions.within(p.regionCode(), regionCode)).toList();
    }

    public List<Park> parks() {
        return List.copyOf(parks.values());
    }

    public int parkCount() {
        return parks.size();
    }

    /** The two-digit prefixes of the 31 provincial-level regions of the mainland, in code order. */
    public List<String> provinces() {
        return regions.keySet().stream().filter(code -> code.endsWith("0000")).map(code -> code.substring(0, 2)).sorted().toList();
    }

    public int regionCount() {
        return regions.size();
    }

    static void read(String file, Consumer<List<String>> row) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(split(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV fields, with double quotes around those that hold commas. */
    static List<String> split(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
