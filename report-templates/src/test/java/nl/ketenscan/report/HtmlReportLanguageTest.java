package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportLanguageTest {

    private static final String ENGLISH_PAGE = "https://www.lindeveen.example/english/";
    private static final String WMO = "https://www.lindeveen.example/wmo-ondersteuning/";
    private static final String CONTACT = "https://www.lindeveen.example/contact/";
    private static final String PAGE_MESSAGE = "De tekst van deze pagina lijkt Engels, maar de taal van de pagina is"
            + " Nederlands (lang=\"nl\"). Zet lang=\"en\" op het html-element.";
    private static final String PASSAGE_MESSAGE = "Deze alinea lijkt Engels, maar de taal van de pagina is"
            + " Nederlands (lang=\"nl\"). Zet lang=\"en\" op het element.";
    private static final String SNIPPET = "<p>Do you need help at home? <script>alert(1)</script></p>";

    @TempDir
    Path dir;

    @Test
    void languageSectionListsPagesWithTheWrongLangAndPassagesToMarkWithTheirPages() throws IOException {
        Element section = languageSection(write(scan()));

        Element table = section.selectFirst("table");
        assertEquals(1, table.select("tbody tr").size());
        Element row = table.selectFirst("tbody tr");
        assertEquals(ENGLISH_PAGE, row.selectFirst("th a").attr("href"));
        assertEquals(List.of("nl", "Fout", PAGE_MESSAGE), row.select("td").eachText());

        Element passage = section.selectFirst("ul.language-passages > li");
        assertEquals(1, section.select("ul.language-passages > li").size(), "one passage on two pages is one entry");
        assertEquals(SNIPPET, passage.selectFirst("pre code").text());
        assertEquals("#inhoud > p:nth-child(13)", passage.selectFirst("code.selector").text());
        assertTrue(passage.text().contains(PASSAGE_MESSAGE));
        assertEquals(List.of(WMO, CONTACT), passage.select("ul.pages a").eachAttr("href"));
    }

    @Test
    void crawledTextInTheLanguageSectionIsEscaped() throws IOException {
        write(scan());

        String html = Files.readString(dir.resolve("organisatie-gemeente-lindeveen.html"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(!html.contains("<script>"), "no script from a crawled page reaches the report");
    }

    @Test
    void anOrganisationWithoutLanguageFindingsSaysSo() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);

        Element section = languageSection(Jsoup.parse(dir.resolve("organisatie-gemeente-voorbeeldstad.html").toFile(),
                "UTF-8"));
        assertTrue(section.text().contains("Op de gescande pagina's is de tekst in de taal die het lang-attribuut"));
        assertTrue(section.text().contains("Er zijn geen tekstdelen gevonden"));
    }

    /**
     * A store written before messages had keys holds axe's English failure summaries; the Dutch report
     * shows the rule's Dutch explanation instead, in the page's language.
     */
    @Test
    void axeSummariesOfOlderStoresReadAsTheRulesDutchExplanation() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);
        Document page = Jsoup.parse(dir.resolve("organisatie-gemeente-voorbeeldstad.html").toFile(), "UTF-8");

        assertFalse(page.text().contains("insufficient color contrast"), "no English axe summary");
        Element issue = page.select("dd.message").stream()
                .filter(e -> e.text().startsWith("Het contrast tussen de tekstkleur en de achtergrond is te laag"))
                .findFirst().orElseThrow();
        assertEquals("nl", issue.attr("lang"));
        Element deviation = page.select("table.deviations .message").stream()
                .filter(e -> e.text().startsWith("Een afbeelding heeft geen alt-attribuut")).findFirst().orElseThrow();
        assertEquals("nl", deviation.attr("lang"));
        assertEquals("nl", page.selectFirst("html").attr("lang"));
    }

    /** ketenscan's own rules write Dutch, so in the English report their messages carry lang="nl". */
    @Test
    void ownRuleMessagesAreMarkedDutchInTheEnglishReport() throws IOException {
        HtmlReport.write(ChainAssessment.of(scan()), dir, Locale.ENGLISH);
        Document page = Jsoup.parse(dir.resolve("organisatie-gemeente-lindeveen.html").toFile(), "UTF-8");

        assertEquals("en", page.selectFirst("html").attr("lang"));
        List<Element> messages = page.select(".message").stream()
                .filter(e -> e.text().equals(PAGE_MESSAGE) || e.text().equals(PASSAGE_MESSAGE)).toList();
        assertEquals(6, messages.size(), "each message in the issues, the deviations and the language section");
        messages.forEach(message -> assertEquals("nl", message.attr("lang"), message.outerHtml()));
    }

    private Document write(ScanResults results) throws IOException {
        HtmlReport.write(ChainAssessment.of(results), dir);
        return Jsoup.parse(dir.resolve("organisatie-gemeente-lindeveen.html").toFile(), "UTF-8");
    }

    private static Element languageSection(Document page) {
        Element heading = page.getElementById("taal");
        assertNotNull(heading, "the organisation page has a language section");
        assertEquals("Taal", heading.text());
        return heading.parent();
    }

    private static ScanResults scan() {
        Finding pageLanguage = new Finding(PageLanguageRule.ID, Engine.KETENSCAN, Outcome.FAILED, List.of("3.1.1"),
                Impact.SERIOUS, "html", "<html lang=\"nl\">", PAGE_MESSAGE, null);
        Finding passage = new Finding(LanguageOfPartsRule.ID, Engine.KETENSCAN, Outcome.FAILED, List.of("3.1.2"),
                Impact.MODERATE, "#inhoud > p:nth-child(13)", SNIPPET, PASSAGE_MESSAGE, null);
        List<PageResult> pages = List.of(
                page(ENGLISH_PAGE, List.of(pageLanguage)), page(WMO, List.of(passage)), page(CONTACT, List.of(passage)));
        return new ScanResults("0.1.0", "4.11.1", "scan-1", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:10:00Z"), true, List.of(new OrganisationResults(
                        Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(WMO)), pages)));
    }

    private static PageResult page(String url, List<Finding> findings) {
        return new PageResult(url, url, 200, "text/html", "Pagina", "nl", null, findings, null, 900, 300, Set.of(),
                PageFacts.NONE);
    }
}
