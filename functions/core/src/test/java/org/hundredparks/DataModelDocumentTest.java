package org.hundredparks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hundredparks.storage.RecordLayout;
import org.junit.jupiter.api.Test;

/**
 * docs/data-model.md's key table is the code's own key declarations (each package's {@code ...Keys.LAYOUT},
 * made with the same builders that write the keys), rendered: a change of a key that is not also a change
 * of the document fails here. {@code mvn test -pl functions/core -Dtest=DataModelDocumentTest
 * -Dhundredparks.docs.write=true} rewrites the table from the code.
 */
class DataModelDocumentTest {

    static final Path DOCUMENT = Path.of("../../docs/data-model.md");
    static final String BEGIN = "<!-- keys: generated from the code (each package's ...Keys.LAYOUT) by DataModelDocumentTest; edit the code, not this table -->";
    static final String END = "<!-- end of the generated keys -->";

    @Test
    void theDocumentsKeyTableIsTheCodes() throws IOException {
        String document = Files.readString(DOCUMENT);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOCUMENT + " has no generated key table between " + BEGIN + " and " + END);
        String expected = table(KeyLayouts.all());
        String actual = document.substring(begin + BEGIN.length(), end);
        if (!expected.equals(actual) && Boolean.getBoolean("hundredparks.docs.write")) {
            Files.writeString(DOCUMENT, document.substring(0, begin + BEGIN.length()) + expected + document.substring(end));
            return;
        }
        assertEquals(expected, actual, "the key table of " + DOCUMENT + " differs from the code; rewrite it with -Dhundredparks.docs.write=true");
    }

    @Test
    void everyRecordIsDeclaredOnceWithAPartitionAndASortKey() {
        List<KeyLayouts.Owned> all = KeyLayouts.all();
        assertTrue(all.size() >= 18, "the platform's records: " + all.size());
        for (KeyLayouts.Owned owned : all) {
            assertTrue(!owned.layout().partitionKey().isBlank() && !owned.layout().sortKey().isBlank(), owned.toString());
        }
        assertEquals(all.size(), all.stream().map(o -> o.layout().partitionKey() + " " + o.layout().sortKey()).distinct().count(),
                "two records with the same key pattern");
    }

    static String table(List<KeyLayouts.Owned> layouts) {
        StringBuilder table = new StringBuilder("\n| owner | record | `pk` | `sk` | index entries (`partition` / `sort`) | serves |\n"
                + "|---|---|---|---|---|---|\n");
        for (KeyLayouts.Owned owned : layouts) {
            RecordLayout layout = owned.layout();
            String indexes = layout.indexes().stream()
                    .map(i -> "`" + i.index().name() + "`: " + code(i.partitionKey()) + " / " + code(i.sortKey()))
                    .collect(Collectors.joining("<br>"));
            table.append("| `").append(owned.owner().substring("org.hundredparks.".length())).append("` | ")
                    .append(cell(layout.record())).append(" | ").append(code(layout.partitionKey())).append(" | ")
                    .append(code(layout.sortKey())).append(" | ").append(indexes).append(" | ")
                    .append(cell(layout.serves())).append(" |\n");
        }
        return table.toString();
    }

    private static String code(String pattern) {
        return "`" + pattern.replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
