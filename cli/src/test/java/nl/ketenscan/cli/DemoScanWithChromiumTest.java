package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ketenscan demo} end to end, in this JVM: the demo chain served on loopback, scanned with
 * Chromium into a scan store, and rendered. The planted defects of {@code demo/DEFECTS.md} must land
 * on their pages, its controls must hold, and the report itself must pass axe.
 *
 * <p>Only axe's findings are asserted exactly; ketenscan's own rules have their own fixtures.
 */
class DemoScanWithChromiumTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path out;

    private static JsonNode results;

    @BeforeAll
    static void runTheDemo() throws IOException {
        int exitCode = Ketenscan.commandLine().execute("demo", "--out", out.toString());
        assertEquals(ExitCode.FINISHED, exitCode);
        results = MAPPER.readTree(out.resolve("results.json").toFile());
    }

    @Test
    void resultsJsonKeepsItsContract() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:results.schema.json"), config);

        assertEquals(Set.of(), schema.validate(results));
        assertTrue(results.at("/scan/complete").asBoolean(), "the demo fits the default limits");
        assertEquals(List.of("Gemeente Lindeveen", "Bibliotheek Lindeveen", "Welzijn Lindeveen"),
                organisations().map(o -> o.get("name").asText()).toList());
    }

    @Test
    void theLogoWithoutAltIsOneIssueOnEveryGemeentePage() {
        JsonNode gemeente = organisation("Gemeente Lindeveen");
        List<JsonNode> htmlPages = elements(gemeente.get("pages"))
                .filter(p -> p.get("httpStatus").asInt() == 200 && p.get("contentType").asText().startsWith("text/html"))
                .toList();
        assertTrue(htmlPages.size() >= 20, "pages: " + htmlPages.size());

        Set<String> fingerprints = htmlPages.stream()
                .map(page -> elements(page.get("findings"))
                        .filter(f -> f.get("rule").asText().equals("image-alt")
                                && f.get("snippet").asText().contains("logo-lindeveen.svg"))
                        .map(f -> f.get("fingerprint").asText())
                        .reduce((a, b) -> a.equals(b) ? a : a + " and " + b)
                        .orElseThrow(() -> new AssertionError("no logo finding on " + page.get("url"))))
                .collect(Collectors.toSet());

        assertEquals(1, fingerprints.size(), "one template defect, one fingerprint: " + fingerprints);
        JsonNode issue = elements(gemeente.get("issues"))
                .filter(i -> i.get("fingerprint").asText().equals(fingerprints.iterator().next()))
                .findFirst().orElseThrow();
        assertEquals("image-alt", issue.get("rule").asText());
        assertEquals(htmlPages.size(), issue.get("pages").asInt());
        assertTrue(elements(issue.get("criteria")).anyMatch(c -> c.asText().equals("1.1.1")));
    }

    /** The browser checks and own rules leave at most 8 of the 50 criteria to a person alone, for each organisation. */
    @Test
    void atMostEightCriteriaAreManualOnly() {
        organisations().forEach(organisation -> {
            List<String> manualOnly = elements(organisation.get("criteria"))
                    .filter(c -> c.get("verdict").asText().equals("manual-only"))
                    .map(c -> c.get("sc").asText())
                    .toList();
            assertTrue(manualOnly.size() <= 8, organisation.get("name").asText() + ": " + manualOnly);
        });
    }

    @Test
    void contentDefectsLandOnTheirOwnPageOnly() {
        assertOnlyOn("Gemeente Lindeveen", "/melding-openbare-ruimte/", "label", "failed",
                "input[name=\"locatie\"]", "input[type=\"tel\"]");
        assertOnlyOn("Gemeente Lindeveen", "/melding-openbare-ruimte/", "select-name", "failed", "select");
        assertOnlyOn("Gemeente Lindeveen", "/melding-openbare-ruimte/", "autocomplete-valid", "failed", "#email");
        assertOnlyOn("Gemeente Lindeveen", "/zoeken/", "button-name", "failed", ".zoekknop");
        assertOnlyOn("Gemeente Lindeveen", "/openingstijden/", "td-headers-attr", "failed", "table");
        assertOnlyOn("Gemeente Lindeveen", "/gemeenteraad/vergaderingen/", "th-has-data-cells", "needs-review", "table");
        assertOnlyOn("Bibliotheek Lindeveen", "/activiteiten/", "html-has-lang", "failed", "html");
        assertOnlyOn("Bibliotheek Lindeveen", "/digitaal-hulpplein/", "frame-title", "failed", "iframe");
        assertOnlyOn("Welzijn Lindeveen", "/mantelzorg/", "svg-img-alt", "failed", "svg[role=\"img\"]");
        assertOnlyOn("Welzijn Lindeveen", "/ontmoeten/", "list", "failed", ".activiteiten");
    }

    @Test
    void robotsTxtAndScopeAreRespected() {
        for (JsonNode organisation : organisations().toList()) {
            String origin = origin(organisation.at("/seeds/0").asText());
            for (JsonNode page : elements(organisation.get("pages")).toList()) {
                String url = page.get("url").asText();
                assertTrue(url.startsWith(origin + "/"), "each organisation's crawl stays on its own site: " + url);
                assertFalse(url.contains("/intern/"), "robots.txt forbids " + url);
                assertFalse(url.contains("/zoeken/?"), "robots.txt forbids search results: " + url);
                assertTrue(elements(page.get("findings")).noneMatch(f -> f.get("rule").asText().equals("marquee")),
                        "a marquee finding means an /intern/ page was checked: " + url);
            }
        }
        List<String> gemeente = paths("Gemeente Lindeveen");
        assertTrue(gemeente.contains("/nieuws/archief/"), "reached only through the sitemap");
        assertFalse(gemeente.contains("/melding-openbare-ruimte/verzonden/"), "reached only by submitting a form");
        assertEquals(gemeente.stream().distinct().toList(), gemeente, "each page once");
        assertTrue(paths("Bibliotheek Lindeveen").contains("/digitaal-hulpplein/afspraak-widget.html"),
                "an iframe's document is crawled as a page of its own");
    }

    @Test
    void brokenLinksAndDocumentsAreRecordedNotRendered() {
        JsonNode gemeente = organisation("Gemeente Lindeveen");
        JsonNode missing = page(gemeente, "/nieuws/voorjaarsnota-2024/");
        assertEquals(404, missing.get("httpStatus").asInt());
        assertTrue(missing.get("error").asText().contains("404"));
        JsonNode pdf = page(gemeente, "/bijstand/aanvraagformulier-bijstand.pdf");
        assertEquals("application/pdf", pdf.get("contentType").asText());
        assertTrue(pdf.get("error").isNull());
        assertEquals(404, page(organisation("Bibliotheek Lindeveen"), "/zomerlezen-2023/").get("httpStatus").asInt(),
                "a stale sitemap entry is recorded as the 404 it is");
    }

    @Test
    void theDemoDocumentsAreOneAccessibleOneFailingOneExemptAndAWordFileWithoutLanguage() {
        Map<String, JsonNode> documents = new TreeMap<>();
        organisation("Gemeente Lindeveen").get("documents")
                .forEach(d -> documents.put(d.get("url").asText().replaceFirst("^http://[^/]+", ""), d));
        assertEquals("no-failures-found", documents.get("/afval/afvalkalender-2025.pdf").get("verdict").asText());
        JsonNode form = documents.get("/bijstand/aanvraagformulier-bijstand.pdf");
        assertEquals("failed", form.get("verdict").asText());
        Set<String> rules = new TreeSet<>();
        form.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertTrue(rules.containsAll(Set.of("pdf-tagged", "pdf-language")), rules.toString());
        assertEquals("exempt", documents.get("/gemeenteraad/jaarverslag-2017.pdf").get("verdict").asText());
        JsonNode word = documents.get("/wmo-ondersteuning/keukentafelgesprek-voorbereiden.docx");
        assertEquals("failed", word.get("verdict").asText());
        assertEquals("office-language", word.get("findings").get(0).get("rule").asText());
    }

    @Test
    void theReportNamesEveryOrganisation() throws IOException {
        String index = Jsoup.parse(out.resolve("index.html").toFile()).text();
        for (String name : List.of("Gemeente Lindeveen", "Bibliotheek Lindeveen", "Welzijn Lindeveen")) {
            assertTrue(index.contains(name), name + " is missing from index.html");
        }
        Path gemeente = out.resolve("organisatie-gemeente-lindeveen.html");
        assertTrue(Jsoup.parse(gemeente.toFile()).text().contains("Gemeente Lindeveen"));
    }

    @Test
    void reportFromTheStoreWritesTheSameResults() throws IOException {
        byte[] scanned = Files.readAllBytes(out.resolve("results.json"));

        assertEquals(ExitCode.FINISHED, Ketenscan.commandLine().execute("report", "--from", out.toString()));

        assertArrayEquals(scanned, Files.readAllBytes(out.resolve("results.json")));
    }

    @Test
    void theReportItselfPassesAxe() throws IOException {
        List<Path> reportPages = new ArrayList<>(List.of(out.resolve("index.html")));
        try (Stream<Path> files = Files.list(out)) {
            files.filter(f -> f.getFileName().toString().startsWith("organisatie-")).sorted().forEach(reportPages::add);
        }
        assertEquals(4, reportPages.size(), reportPages.toString());
        // served over loopback as a published report is: the browser opens nothing but http(s) pages
        try (FixtureSite report = FixtureSite.ofFolder(out);
             BrowserSession browser = BrowserSession.start(BrowserSettings.local(Duration.ofSeconds(30)))) {
            for (Path reportPage : reportPages) {
                RenderedPage checked = browser.check(report.url(reportPage.getFileName().toString()));
                assertEquals(null, checked.error(), reportPage.toString());
                assertFalse(checked.title().isBlank(), "the report page was rendered: " + reportPage);
                List<Finding> failures = checked.findings().stream().filter(f -> f.outcome() == Outcome.FAILED).toList();
                assertEquals(List.of(), failures, reportPage + " must pass WCAG 2.1 AA itself");
            }
        }
    }

    private static void assertOnlyOn(String organisation, String path, String rule, String outcome, String... selectors) {
        JsonNode org = organisation(organisation);
        for (JsonNode page : elements(org.get("pages")).toList()) {
            String url = page.get("url").asText();
            List<JsonNode> found = elements(page.get("findings"))
                    .filter(f -> f.get("rule").asText().equals(rule) && f.get("engine").asText().equals("axe"))
                    .toList();
            List<String> expected = URI.create(url).getPath().equals(path) ? List.of(selectors) : List.of();
            assertEquals(expected, found.stream().map(f -> f.get("selector").asText()).toList(), rule + " on " + url);
            found.forEach(f -> assertEquals(outcome, f.get("outcome").asText(), rule + " on " + url));
        }
    }

    private static Stream<JsonNode> organisations() {
        return elements(results.get("organisations"));
    }

    private static JsonNode organisation(String name) {
        return organisations().filter(o -> o.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode page(JsonNode organisation, String path) {
        return elements(organisation.get("pages"))
                .filter(p -> URI.create(p.get("url").asText()).getPath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " was not scanned"));
    }

    private static List<String> paths(String organisation) {
        return elements(organisation(organisation).get("pages"))
                .map(p -> URI.create(p.get("url").asText()).getPath())
                .toList();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
