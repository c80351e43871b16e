package nl.ketenscan.crawler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class MessageColumnTest {

    @Test
    void keysArgumentsNumbersAndNestedMessagesComeBackAsWritten() {
        List<Message> messages = List.of(Message.of("axe.color-contrast.explanation"),
                Message.of("axe-check.contrast", 2.32, "#999999", "#ffffff", "12.0pt (16px)",
                        Message.of("axe-check.font-weight.normal"), 4.5),
                Message.of("page-error.http-status", 404), Message.verbatim("{\"messages\": \"<b>'quotes'</b>"));

        assertEquals(messages, MessageColumn.read(MessageColumn.write(messages)));
    }

    /** A store written before messages had keys holds the words: they stay readable, as they were. */
    @Test
    void aTextFromAnOlderStoreIsReadAsItIs() {
        assertEquals(List.of(Message.verbatim("Fix any of the following:\n  Element does not have an alt attribute")),
                MessageColumn.read("Fix any of the following:\n  Element does not have an alt attribute"));
        assertEquals(List.of(Message.verbatim("the server answered HTTP 404")),
                MessageColumn.read("the server answered HTTP 404"));
    }

    @Test
    void noMessagesIsNull() {
        assertNull(MessageColumn.write(List.of()));
        assertNull(MessageColumn.write(null));
        assertNull(MessageColumn.read(null));
    }
}
