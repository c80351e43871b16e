package nl.ketenscan.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        String text = "sc,name\r\n2.2.2,\"Pauzeren, stoppen, verbergen\"\n4.1.2,\"Naam \"\"rol\"\"\nwaarde\"\n";

        assertEquals(List.of(
                List.of("sc", "name"),
                List.of("2.2.2", "Pauzeren, stoppen, verbergen"),
                List.of("4.1.2", "Naam \"rol\"\nwaarde")), CsvRecords.parse(text));
    }

    @Test
    void emptyFieldsAndBlankLinesAndAMissingFinalLineBreak() {
        assertEquals(List.of(List.of("1.2.1", "", "manual only"), List.of("1.2.2", "video-caption", "")),
                CsvRecords.parse("1.2.1,,manual only\n\n1.2.2,video-caption,"));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("1.1.1,\"Niet-tekstuele content\n"));
    }
}
