package org.hundredparks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.hundredparks.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The spreadsheet reader's bounds, on files an attacker or a careless export would send. */
class SheetTest {

    /**
     * Ten million one-character rows (20 MB, within the size limit): refused at the row limit while reading, with
     * the rows read so far, not after every record of the file was held in memory.
     */
    @Test
    void aCsvOfTenMillionShortRowsIsRefusedAtTheRowLimit() {
        StringBuilder csv = new StringBuilder(20_000_100).append("标题\n");
        for (int i = 0; i < 10_000_000; i++) {
            csv.append("x\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Sheet.read(content, "成果.csv"));
        assertEquals("TOO_MANY_ROWS", refused.violations().get(0).code());
    }

    @Test
    void aCsvWithinTheLimitIsReadWithItsRowNumbers() {
        Sheet sheet = Sheet.read("标题,年份\n甲,2024\n\n乙,2025\n".getBytes(StandardCharsets.UTF_8), "成果.csv");
        assertEquals(java.util.List.of("标题", "年份"), sheet.headers());
        assertEquals(2, sheet.rows().size());
        assertEquals("乙", sheet.rows().get(1).cells().get(0));
    }
}
