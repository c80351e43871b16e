package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Begrijpelijke taal (B1)" section: its own section, never among the WCAG problems. */
class PlainLanguageReportTest {

    private static final String GEMEENTE_FILE = "organisatie-gemeente-voorbeeldstad.html";
    private static final String BIBLIOTHEEK_FILE = "organisatie-bibliotheek-aan-de-rivier.html";

    @TempDir
    Path dir;

    @Test
    void theOrganisationPageShowsTheShareAboveB1AndTheHardestPagesFirst() throws IOException {
        Element section = section(write(GEMEENTE_FILE));

        assertEquals("Begrijpelijke taal (B1)", section.selectFirst("h2").text());
        assertTrue(section.selectFirst("dl.facts").text().contains("Pagina's boven B1 1 van 2 (50%)"),
                section.selectFirst("dl.facts").text());
        Element table = section.selectFirst("table");
        assertEquals(SampleScans.HOME, table.select("tbody tr").get(0).selectFirst("th a").attr("href"));
        assertEquals("Boven B1", table.select("tbody tr").get(0).select("td").get(0).text());
        assertEquals("78,4", table.select("tbody tr").get(0).select("td").get(1).text());
        assertEquals("B1 of eenvoudiger", table.select("tbody tr").get(1).select("td").get(0).text());
    }

    @Test
    void theSentencesToRewriteComeWithTheirReasonsAndStayText() throws IOException {
        Element section = section(write(GEMEENTE_FILE));

        Element first = section.selectFirst("ol.rewrite-list > li");
        assertEquals(SampleScans.REWRITE_SENTENCE, first.selectFirst("blockquote").text());
        assertNull(first.selectFirst("blockquote inlogt"));
        assertEquals("indien → als", first.select("ul.reasons li").get(0).text());
        assertEquals(1, section.select("section.rewrites").size());
    }

    @Test
    void theHardestSectionsOfLongPagesComeFirstWithTheirHeadingsAsText() throws IOException {
        Element section = section(write(GEMEENTE_FILE));

        Element table = section.select("table").get(1);
        assertEquals("Moeilijkste delen van lange pagina's", section.selectFirst("h3#moeilijkste-delen").text());
        Element hardest = table.select("tbody tr").get(0);
        assertEquals("Bijstand <aanvragen>", hardest.selectFirst("th").text());
        assertNull(hardest.selectFirst("th aanvragen"));
        assertEquals("Boven B1", hardest.select("td").get(1).text());
        assertEquals("88,9", hardest.select("td").get(2).text());
        assertEquals("12,5%", hardest.select("td").get(3).text());
        assertEquals("Welkom", table.select("tbody tr").get(1).selectFirst("th").text());
    }

    @Test
    void anOrganisationWithoutJudgedPagesSaysSo() throws IOException {
        Element section = section(write(BIBLIOTHEEK_FILE));

        assertTrue(section.text().contains("Geen enkele pagina van Bibliotheek Aan de Rivier had genoeg Nederlandse tekst"));
        assertNull(section.selectFirst("table"));
    }

    @Test
    void theSectionIsListedOnThePageAndInEnglishToo() throws IOException {
        assertNotNull(write(GEMEENTE_FILE).selectFirst("nav.toc a[href=#begrijpelijke-taal]"));
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir, Locale.ENGLISH);
        Element section = section(Jsoup.parse(dir.resolve(GEMEENTE_FILE).toFile(), "UTF-8"));
        assertEquals("Plain language (B1)", section.selectFirst("h2").text());
        assertTrue(section.text().contains("1 of 2 (50%)"));
        assertEquals(List.of("indien → als", "middels → met, door", "passive voice: wordt … behandeld"),
                section.select("ul.reasons li").eachText());
    }

    private Document write(String file) throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8");
    }

    private static Element section(Document page) {
        return page.selectFirst("section[aria-labelledby=begrijpelijke-taal]");
    }
}
