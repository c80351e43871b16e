package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import nl.ketenscan.rules.assessment.ChainAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research-report section: what digitoegankelijk.nl asks, filled in for an automated scan, and what it is not. */
class HtmlReportResearchTest {

    @TempDir
    Path dir;

    @Test
    void namesMethodVersionsSampleTechnologiesAndTotalsAndSaysItIsNoWcagEmAudit() throws IOException {
        HtmlReport.write(ChainAssessment.of(BesluitScans.chain()), dir);
        Element section = section("organisatie-gemeente-heuvelrand.html");
        String text = section.text();

        assertTrue(text.contains("Geen WCAG-EM-onderzoek."), text);
        assertTrue(text.contains("automatische scan met ketenscan 0.1.0 en axe-core 4.11.1"), text);
        assertTrue(text.contains("12 maart 2025"), text);
        assertTrue(text.contains("WCAG 2.1 niveau A en AA, zoals EN 301 549 v3.2.1 voorschrijft"), text);
        assertTrue(text.contains("Gebruikte technieken PDF"), "the PDFs the scan found: " + text);
        assertTrue(text.contains("Voldoet aan hoogstens 47 van 50 succescriteria."), "1.1.1, 1.3.1 and 4.1.2 fail: " + text);
        assertEquals("3", section.selectFirst("tr[data-verdict=fails]").attr("data-count"));
        assertEquals("1", section.selectFirst("tr[data-verdict=always-satisfied]").attr("data-count"));
        assertTrue(text.contains("Wat een automatische scan niet kan vaststellen"), text);
    }

    @Test
    void inEnglishToo() throws IOException {
        HtmlReport.write(ChainAssessment.of(BesluitScans.chain()), dir, Locale.ENGLISH);

        String text = section("organisatie-gemeente-heuvelrand.html").text();
        assertTrue(text.contains("No WCAG-EM evaluation."), text);
        assertTrue(text.contains("Meets at most 47 of 50 success criteria."), text);
    }

    private Element section(String file) throws IOException {
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8").getElementById("onderzoeksrapport").parent();
    }
}
