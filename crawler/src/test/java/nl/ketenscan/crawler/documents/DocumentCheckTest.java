package nl.ketenscan.crawler.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.PageResult;
import org.junit.jupiter.api.Test;

/** PDFs made in the test, read by PDFBox and judged by the document rules, as the crawler does. */
class DocumentCheckTest {

    private static final String URL = "https://gemeente.example/verslag.pdf";
    private final DocumentCheck check = new DocumentCheck(Duration.ofSeconds(30), 10L * 1024 * 1024);

    @Test
    void aTaggedPdfWithLanguageAndTitleIsCheckedAndPasses() {
        PageResult pdf = check(SamplePdfs.accessible());

        assertNull(pdf.error());
        assertEquals(Map.of(), outcomes(pdf.findings()));
        assertEquals(Set.of(), pdf.features(), "checked, so not 'unchecked' in the report");
        assertEquals("Jaarverslag 2025", pdf.title());
        assertEquals("nl-NL", pdf.lang());
    }

    @Test
    void anUntaggedPdfWithoutLanguageOrTitleFailsThoseCriteria() {
        PageResult pdf = check(SamplePdfs.untagged());

        assertNull(pdf.error());
        assertEquals(Map.of("pdf-tagged", "failed 1.3.1", "pdf-language", "failed 3.1.1", "pdf-title", "failed 2.4.2"),
                outcomes(pdf.findings()));
    }

    @Test
    void veraPdfsFailedPdfUaChecksAreFindingsToReviewOnTheirCriteria() {
        Map<String, String> untagged = veraPdf(check(SamplePdfs.untagged()).findings());
        Map<String, String> accessible = veraPdf(check(SamplePdfs.accessible()).findings());

        assertEquals("needs-review 1.3.1", untagged.get("pdfua-7.1-3"), untagged.toString());
        assertTrue(untagged.size() > accessible.size(), untagged + " against " + accessible);
        assertTrue(untagged.keySet().stream().noneMatch(rule -> rule.startsWith("pdfua-7.21")),
                "fonts are PDF/UA's, not WCAG's: " + untagged);
    }

    @Test
    void aScannedPdfFails111() {
        assertEquals("failed 1.1.1", outcomes(check(SamplePdfs.scanned()).findings()).get("pdf-scanned"));
    }

    @Test
    void securityThatForbidsAccessibilityIsReadAndForReview() {
        PageResult pdf = check(SamplePdfs.blockingAssistiveTechnology());

        assertNull(pdf.error());
        assertEquals("needs-review 1.3.1", outcomes(pdf.findings()).get("pdf-accessibility-permission"));
    }

    @Test
    void aPdfLockedWithAPasswordIsAnErrorNotAPass() {
        PageResult pdf = check(SamplePdfs.locked());

        assertEquals("document-error.password", error(pdf));
        assertEquals(List.of(), pdf.findings());
        assertNull(pdf.features(), "not checked");
    }

    @Test
    void aCorruptPdfIsAnErrorNotACrash() {
        PageResult pdf = check("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("document-error.unreadable", error(pdf));
        assertNull(pdf.features());
    }

    @Test
    void aPdfCutOffAtTheSizeLimitIsNotChecked() {
        FetchResult cut = new FetchResult(URL, URL, 200, "application/pdf", SamplePdfs.accessible(), true, null);

        PageResult pdf = check.check(URL, cut);

        assertEquals("document-error.too-large", error(pdf));
        assertEquals(SamplePdfs.accessible().length, pdf.facts().documentBytes(), "the size it was cut off at");
        assertNull(pdf.features());
    }

    @Test
    void aPdfThatTakesLongerThanItsBudgetIsAnError() {
        DocumentCheck impatient = new DocumentCheck(Duration.ZERO, 10L * 1024 * 1024);

        PageResult pdf = impatient.check(URL, fetched(SamplePdfs.accessible()));

        assertEquals("document-error.timed-out", error(pdf));
    }

    @Test
    void aPdfOf500PagesIsReadPageByPageAndNeedsBookmarks() {
        PageResult pdf = check(SamplePdfs.pages(500));

        assertNull(pdf.error());
        assertEquals(Map.of("pdf-bookmarks", "needs-review 2.4.5"), outcomes(pdf.findings()));
    }

    @Test
    void aPdfWithAJavaScriptActionIsReadNeverRun() {
        PageResult pdf = check(SamplePdfs.withJavaScript());

        assertNull(pdf.error());
        assertEquals("failed 1.3.1", outcomes(pdf.findings()).get("pdf-tagged"));
    }

    @Test
    void aPdfTheBesluitExemptsByItsDateIsListedNotChecked() {
        PageResult pdf = check(SamplePdfs.untaggedFrom2018());

        assertEquals(LocalDate.of(2018, 9, 22), pdf.facts().documentCreated());
        assertEquals(List.of(), pdf.findings(), "its failures must not count in the verdicts");
        assertNull(pdf.features());
    }

    private PageResult check(byte[] pdf) {
        return check.check(URL, fetched(pdf));
    }

    private static FetchResult fetched(byte[] pdf) {
        return new FetchResult(URL, URL, 200, "application/pdf", pdf, false, null);
    }

    /** The key of the document's one error; {@code MessageBundleTest} proves each is worded in Dutch and English. */
    private static String error(PageResult page) {
        assertEquals(1, page.error().size(), page.error().toString());
        return page.error().get(0).key();
    }

    /** The own rules' outcomes; veraPDF's are {@link #veraPdf}'s. */
    private static Map<String, String> outcomes(List<Finding> findings) {
        return outcomes(findings, Engine.KETENSCAN);
    }

    private static Map<String, String> veraPdf(List<Finding> findings) {
        return outcomes(findings, Engine.VERAPDF);
    }

    private static Map<String, String> outcomes(List<Finding> findings, Engine engine) {
        Map<String, String> outcomes = new TreeMap<>();
        findings.stream().filter(f -> f.engine() == engine)
                .forEach(f -> outcomes.put(f.rule(), f.outcome().id() + " " + String.join(" ", f.criteria())));
        return outcomes;
    }
}
