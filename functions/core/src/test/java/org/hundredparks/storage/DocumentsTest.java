package org.hundredparks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stored documents read back as written, and a property the reader does not know (a renamed one) is skipped. */
class DocumentsTest {

    record Entry(String id, LocalDate date, long amountYuan) {
    }

    @Test
    void aDocumentReadsBackAsWritten() {
        Entry entry = new Entry("e1", LocalDate.parse("2024-07-31"), 1_200_000L);
        AttributeValue stored = Documents.toAttribute(entry);
        assertEquals("2024-07-31", stored.m().get("date").s(), "dates as ISO strings");
        assertEquals(entry, Documents.read(stored, Entry.class));
    }

    @Test
    void aPropertyTheReaderDoesNotKnowIsSkipped() {
        AttributeValue written = AttributeValue.fromM(Map.of("id", AttributeValue.fromS("e2"), "date", AttributeValue.fromS("2024-12-31"),
                "amountYuan", AttributeValue.fromN("5"), "candidateType", AttributeValue.fromS("ACHIEVEMENT")));
        assertEquals(new Entry("e2", LocalDate.parse("2024-12-31"), 5), Documents.read(written, Entry.class));
    }
}
