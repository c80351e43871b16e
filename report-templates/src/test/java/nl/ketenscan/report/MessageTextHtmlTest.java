package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's own WCAG 3.1.2: what a message quotes from a page keeps that page's language, a note its own. */
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
    void scanNotesSayInWhichLanguageTheyAreWritten(@TempDir Path dir) throws IOException {
        ScanResults chain = SampleScans.chain(true);
        ScanResults noted = new ScanResults(chain.toolVersion(), chain.axeVersion(), chain.scanId(), chain.startedAt(),
                chain.finishedAt(), true, chain.organisations(), List.of(
                        new ScanNote(null, Message.of("note.seed-forbidden", "https://x.example/")),
                        new ScanNote(null, Message.verbatim("an older store's English note"))));

        HtmlReport.write(ChainAssessment.of(noted), dir);

        Document index = Jsoup.parse(dir.resolve(HtmlReport.INDEX).toFile(), "UTF-8");
        assertEquals(List.of("nl", "en"), index.select("ul.scan-notes li > span").eachAttr("lang"));
    }

    @Test
    void theQuoteAndTheSentenceAreEscaped() {
        String html = DUTCH.html(genericLink("<b>More</b> & more"), "en");

        assertEquals("<span lang=\"en\">&lt;b&gt;More&lt;/b&gt; &amp; more</span>",
                html.substring(html.indexOf("<span"), html.indexOf("</span>") + 7));
    }
}
