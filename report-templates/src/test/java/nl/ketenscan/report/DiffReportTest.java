package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.compare.ScanDiff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffReportTest {

    @TempDir
    Path dir;

    /** The sample chain a month later: the footer contrast fixed, a search button without a name added. */
    private static ScanResults later() {
        ScanResults before = SampleScans.chain(true);
        OrganisationResults gemeente = before.organisations().get(0);
        Finding logo = gemeente.pages().get(0).findings().get(0);
        Finding button = SampleScans.axe("button-name", Outcome.FAILED, List.of("4.1.2"), Impact.CRITICAL, "#zoek",
                "<button id=\"zoek\"><script>x</script></button>", "Element has no <b>name</b>", null);
        return new ScanResults("0.1.0", "4.11.1", "scan-2025-04-12", before.startedAt().plusSeconds(86_400 * 31),
                before.finishedAt().plusSeconds(86_400 * 31), true, List.of(
                        new OrganisationResults(gemeente.organisation(), List.of(
                                SampleScans.page(SampleScans.HOME, "Home", List.of(logo, button)),
                                SampleScans.page(SampleScans.AFVAL, "Afval", List.of(logo)))),
                        before.organisations().get(1)));
    }

    @Test
    void pageListsNewFixedAndRemainingIssuesPerOrganisation() throws IOException {
        Path file = dir.resolve("vergelijking.html");
        DiffReport.write(ScanDiff.between(ChainAssessment.of(SampleScans.chain(true)), ChainAssessment.of(later())), file);

        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        Element row = page.selectFirst("table.overview tbody tr");
        assertEquals(SampleScans.GEMEENTE, row.selectFirst("th").text());
        assertEquals(List.of("1", "1", "1", "0"), row.select("td").eachText());
        Element gemeente = page.getElementById("organisatie-1").parent();
        Element verdicts = gemeente.selectFirst("table.verdict-changes");
        assertTrue(row(verdicts, "4.1.2").select("td").get(1).text().equals("voldoet niet"), verdicts.text());
        assertTrue(row(verdicts, "1.4.3").select("td").get(0).text().equals("voldoet niet"), verdicts.text());
        assertTrue(row(verdicts, "4.1.2").selectFirst("th").text().contains("Naam, rol, waarde"), verdicts.text());
        assertTrue(gemeente.select("ul.diff-issues").get(0).text().contains("button-name"));
        assertTrue(gemeente.select("ul.diff-issues").get(1).text().contains("color-contrast"));
        Element added = gemeente.select("ul.diff-issues").get(0).selectFirst("li > span[lang]");
        assertTrue(added.text().startsWith("button-name at #zoek: Een knop heeft geen tekst"), added.text());
        assertEquals("nl", added.attr("lang"), "axe's message is worded in the page's language");
        assertTrue(page.select("script").isEmpty(), "crawled text is escaped");
        assertTrue(Files.exists(dir.resolve("style.css")));
        assertEquals(1, page.select("h1").size());
    }

    @Test
    void textNamesEachChangeOnItsOwnLine() {
        String text = DiffText.of(ScanDiff.between(ChainAssessment.of(SampleScans.chain(true)), ChainAssessment.of(later())));

        assertTrue(text.contains(SampleScans.GEMEENTE + ": 1 new, 1 fixed, 1 persistent\n"), text);
        assertTrue(text.contains("  new:\n    [critical] button-name at #zoek"), text);
        assertTrue(text.contains("  fixed:\n    [serious] color-contrast at footer a"), text);
        assertTrue(text.contains("  verdict changed:\n"), text);
        assertTrue(text.contains("    4.1.2 Name, Role, Value: "), text);
        assertTrue(text.contains(" -> fails\n"), text);
        assertTrue(text.contains(SampleScans.BIBLIOTHEEK + ": 0 new, 0 fixed, 3 persistent\n"), text);
    }

    private static Element row(Element table, String criterion) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith(criterion + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + criterion + " in " + table));
    }
}
