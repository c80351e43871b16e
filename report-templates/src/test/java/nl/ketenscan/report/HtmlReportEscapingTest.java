package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned site controls titles, URLs, markup and even organisation names; none of it may run in the report. */
class HtmlReportEscapingTest {

    private static final String ORGANISATION = "Evil \"><svg onload=alert(1)>";
    private static final String TITLE = "<script>alert(1)</script>";
    private static final String SNIPPET = "<img src=x onerror=alert(1)>";
    private static final String JAVASCRIPT_URL = "javascript:alert(1)";

    @TempDir
    Path dir;

    private List<Document> pages;

    @BeforeEach
    void writeHostileReport() throws IOException {
        PageResult hostile = new PageResult(JAVASCRIPT_URL, " JavaScript:alert(3)", 200, "text/html", TITLE,
                "\" onmouseover=\"alert(4)", null, List.of(
                        SampleScans.axe("image-alt", Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                                "img[onerror='alert(1)']", SNIPPET, "</dd><script>alert(5)</script>",
                                "javascript:alert(2)"),
                        SampleScans.axe("<b onclick=alert(6)>rule", Outcome.FAILED, List.of(), Impact.MINOR,
                                null, null, null, "data:text/html,<script>alert(7)</script>")),
                null,
                0, 0, null, PageFacts.NONE);
        PageResult broken = PageResult.failed("https://evil.example/\"><script>alert(8)</script>", 500, null,
                "<iframe src=javascript:alert(9)>");
        ScanResults results = new ScanResults("<script>alert(10)</script>", "4.11.1", "<b>", Instant.EPOCH,
                Instant.EPOCH, false, List.of(new OrganisationResults(
                        Organisation.of(ORGANISATION, Role.KETENPARTNER, List.of("https://evil.example/")),
                        List.of(hostile, broken))));
        HtmlReport.write(ChainAssessment.of(results), dir);
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.add(Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void writesTheIndexAndTheOrganisationUnderASafeFileName() {
        assertEquals(2, pages.size());
        assertTrue(Files.exists(dir.resolve("organisatie-evil-svg-onload-alert-1.html")));
    }

    @Test
    void noScriptOrInjectedElementSurvives() {
        for (Document page : pages) {
            assertTrue(page.select("script:not([src=overview.js]), svg, img, iframe, b").isEmpty(), page.location());
        }
    }

    @Test
    void noEventHandlerAttributeSurvives() {
        for (Document page : pages) {
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            element.tagName() + " has " + attribute);
                }
            }
        }
    }

    @Test
    void everyLinkIsRelativeOrWeb() {
        for (Document page : pages) {
            for (Element link : page.select("[href], [src]")) {
                String target = (link.hasAttr("href") ? link.attr("href") : link.attr("src"))
                        .strip().toLowerCase(Locale.ROOT);
                assertTrue(target.startsWith("https://") || target.startsWith("http://")
                        || target.matches("[a-z0-9#][a-z0-9.#-]*"), link.toString());
            }
        }
    }

    @Test
    void hostileTextIsShownAsText() {
        Document organisation = pages.stream().filter(p -> p.location().contains("organisatie-")).findFirst()
                .orElseThrow();
        String text = organisation.text();
        assertTrue(text.contains(TITLE));
        assertTrue(text.contains(SNIPPET));
        assertTrue(text.contains(JAVASCRIPT_URL));
        assertTrue(text.contains(ORGANISATION));
        assertEquals(SNIPPET, organisation.selectFirst("pre code").text());
    }
}
