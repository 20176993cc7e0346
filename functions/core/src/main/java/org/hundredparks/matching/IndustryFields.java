package org.hundredparks.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.platform.ColdStart;

/**
 * Whether a technology field is one an industry works in, from {@code matching/industry-fields.csv}
 * (GB/T 4754-2017 divisions). Data, not code: a field the table does not know simply does not fit.
 */
public final class IndustryFields {

    private static final IndustryFields STANDARD = ColdStart.timed("industry table", IndustryFields::load);

    private final Map<String, List<String>> words;

    private IndustryFields(Map<String, List<String>> words) {
        this.words = words;
    }

    public static IndustryFields standard() {
        return STANDARD;
    }

    /** Whether {@code field} (free text, e.g. "新能源/储能") is among the fields of {@code industryCode} (e.g. C3841). */
    public boolean fits(String industryCode, String field) {
        if (industryCode == null || industryCode.length() < 3 || field == null || field.isBlank()) {
            return false;
        }
        for (String word : words.getOrDefault(industryCode.substring(0, 3), List.of())) {
            if (field.contains(word) || word.contains(field.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the table says anything about the industry (otherwise no fit or misfit is claimed). */
    public boolean knows(String industryCode) {
        return industryCode != null && industryCode.length() >= 3 && words.containsKey(industryCode.substring(0, 3));
    }

    private static IndustryFields load() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = IndustryFields.class.getResourceAsStream("/matching/industry-fields.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("division,")) {
                    continue;
                }
                String[] parts = line.split(",", 2);
                words.put(parts[0].strip(), List.of(parts[1].strip().split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read matching/industry-fields.csv", e);
        }
        return new IndustryFields(Map.copyOf(words));
    }
}
