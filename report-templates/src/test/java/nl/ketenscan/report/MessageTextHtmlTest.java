package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

/** The report's own WCAG 3.1.2: what a message quotes from a page keeps that page's language. */
class MessageTextHtmlTest {

    private static final MessageText DUTCH = new MessageText(new Locale("nl"));

    private static Finding genericLink(String linkText) {
        return new Finding("link-text-generic", Engine.KETENSCAN, Outcome.FAILED, List.of("2.4.4"), Impact.MODERATE,
                "a", "<a>", List.of(Message.of("link-text-generic.generic", linkText)), null);
    }

    @Test
    void aQuoteFromAnEnglishPageIsMarkedEnglishInADutchSentence() {
        String html = DUTCH.html(genericLink("Read more"), "en-GB");

        assertEquals("De linktekst &quot;<span lang=\"en-GB\">Read more</span>&quot; zegt niet waar de link heen gaat,",
                html.substring(0, html.indexOf(" en de zin")));
    }

    @Test
    void aQuoteInTheReportsLanguageOrOfAnUnknownOneIsLeftAsItIs() {
        String expected = DUTCH.of(genericLink("Lees meer")).replace("\"", "&quot;");

        assertEquals(expected, DUTCH.html(genericLink("Lees meer"), "nl-NL"));
        assertEquals(expected, DUTCH.html(genericLink("Lees meer"), null));
        assertEquals(expected, DUTCH.html(genericLink("Lees meer"), "en\" onclick=\"x"), "no tag, no attribute");
    }

    @Test
    void theQuoteAndTheSentenceAreEscaped() {
        String html = DUTCH.html(genericLink("<b>More</b> & more"), "en");

        assertEquals("<span lang=\"en\">&lt;b&gt;More&lt;/b&gt; &amp; more</span>",
                html.substring(html.indexOf("<span"), html.indexOf("</span>") + 7));
    }
}
