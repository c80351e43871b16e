package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.sample.SampledPage;
import nl.ketenscan.rules.sample.WcagEmSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation file must have the shape the W3C WCAG-EM Report Tool opens. */
class WcagEmEvaluationTest {

    @TempDir
    Path dir;

    private JsonNode gemeente;

    @BeforeEach
    void write() throws IOException {
        WcagEmEvaluation.write(ChainAssessment.of(BesluitScans.chain()), dir);
        gemeente = new ObjectMapper().readTree(dir.resolve("wcag-em-gemeente-heuvelrand.json").toFile());
    }

    @Test
    void theEvaluationDateIsATypedValueAsTheReportTool3WritesIt() {
        JsonNode date = gemeente.get("reportFindings").get("date");

        assertEquals("2025-03-12T09:42:17Z", date.get("@value").asText());
        assertEquals("http://purl.org/dc/terms/W3CDTF", date.get("@type").asText());
    }

    @Test
    void sampledPagesWithTheSameTitleGetTheirAddressAdded() {
        WcagEmSample sample = new WcagEmSample(List.of(
                new SampledPage("https://gemeente.example/", "Gemeente", "text/html", List.of()),
                new SampledPage("https://gemeente.example/afval/", "Gemeente", "text/html", List.of()),
                new SampledPage("https://gemeente.example/contact/", "Contact", "text/html", List.of())),
                List.of(), 1);

        assertEquals(List.of("Gemeente \u2013 https://gemeente.example/", "Gemeente \u2013 https://gemeente.example/afval/",
                "Contact"), List.copyOf(WcagEmEvaluation.titles(sample, new ReportText(ReportText.DUTCH)).values()));
    }

    @Test
    void isAnEvaluationWithTheToolsContext() {
        JsonNode context = gemeente.get("@context");
        assertEquals("http://www.w3.org/ns/earl#", context.get("earl").asText());
        assertEquals("http://www.w3.org/TR/WCAG-EM/#", context.get("wcagem").asText());
        assertEquals("http://purl.org/dc/terms/", context.get("dcterms").asText());
        assertEquals("http://www.w3.org/TR/WCAG21/#", context.get("WCAG21").asText());
        assertEquals("Evaluation", gemeente.get("@type").asText());
        assertEquals("nl", gemeente.get("@language").asText());
        assertEquals(WcagEmEvaluation.REPORT_TOOL_VERSION, gemeente.get("reportToolVersion").asText());
        for (String step : List.of("defineScope", "exploreTarget", "selectSample", "auditSample", "reportFindings")) {
            assertTrue(gemeente.has(step), step);
            assertTrue(context.has(step), "the context defines " + step);
        }
    }

    @Test
    void scopeIsTheOrganisationsWebsiteAtWcag21AA() {
        JsonNode scope = gemeente.get("defineScope");
        assertEquals("2.1", scope.get("wcagVersion").asText());
        assertEquals("AA", scope.get("conformanceTarget").asText());
        JsonNode website = scope.get("scope");
        assertEquals("_:website", website.get("@id").asText());
        assertEquals(List.of("TestSubject", "Website"), texts(website.get("@type")));
        assertEquals(BesluitScans.GEMEENTE, website.get("title").asText());
        assertTrue(website.get("description").asText().contains(BesluitScans.SITE));
        assertEquals(List.of("HTML", "CSS", "PDF"), gemeente.get("exploreTarget").get("technologiesReliedUpon")
                .findValuesAsText("title"));
    }

    @Test
    void sampleHoldsWebpagesByUrlAndTheRandomDrawIsRecorded() {
        JsonNode structured = gemeente.get("selectSample").get("structuredSample");
        JsonNode home = structured.get(0);
        assertEquals(BesluitScans.SITE, home.get("@id").asText());
        assertEquals(BesluitScans.SITE, home.get("description").asText(), "the tool reads the URL from the description");
        assertEquals(List.of("TestSubject", "Webpage"), texts(home.get("@type")));
        assertEquals("Home | Heuvelrand (startpagina, sjabloon)", home.get("title").asText());
        List<String> urls = structured.findValuesAsText("@id");
        assertTrue(urls.contains(BesluitScans.STATEMENT));
        assertFalse(urls.contains(BesluitScans.OLD_PDF), "an exempt document is not sampled");
        assertEquals(1, gemeente.get("selectSample").get("randomSample").size(), "ceil(10%) of the structured sample");
        assertTrue(gemeente.get("reportFindings").get("evaluationSpecifics").asText().contains("seed "));
    }

    @Test
    void assertsFailuresAndThingsToReviewAndNoPassButParsingAsTheErrataSay() {
        JsonNode assertions = gemeente.get("auditSample");
        Set<String> outcomes = new TreeSet<>();
        List<String> websiteTests = new ArrayList<>();
        for (JsonNode assertion : assertions) {
            assertEquals("Assertion", assertion.get("@type").asText());
            assertEquals("earl:automatic", assertion.get("mode").get("@value").asText());
            assertEquals("TestResult", assertion.get("result").get("@type").asText());
            outcomes.add(assertion.get("result").get("outcome").get("@id").asText());
            if (assertion.get("subject").get("@id").asText().equals("_:website")) {
                websiteTests.add(assertion.get("test").get("@id").asText() + " "
                        + assertion.get("result").get("outcome").get("@id").asText());
            }
        }
        assertEquals(Set.of("earl:failed", "earl:passed"), outcomes,
                "1.3.1 fails on the form page, so its review item adds no cantTell");
        assertEquals(List.of("WCAG21:non-text-content earl:failed", "WCAG21:info-and-relationships earl:failed",
                "WCAG21:parsing earl:passed", "WCAG21:name-role-value earl:failed"), websiteTests,
                "in WCAG order, by the criteria's W3C ids");
        JsonNode parsing = null;
        for (JsonNode assertion : assertions) {
            if (assertion.get("test").get("@id").asText().equals("WCAG21:parsing")) {
                parsing = assertion;
            }
        }
        assertTrue(parsing.get("result").get("description").asText().contains("https://www.w3.org/WAI/WCAG21/errata/"),
                "the source of the verdict");
        JsonNode images = assertions.get(0);
        assertTrue(images.get("result").get("description").asText().contains("image-alt: Een afbeelding heeft geen alt-attribuut"));
        assertTrue(images.get("result").get("description").asText().contains("Op 2 pagina's"));
        JsonNode homePage = assertions.get(1);
        assertEquals(BesluitScans.SITE, homePage.get("subject").get("@id").asText(), "the sampled page that fails it");
        assertEquals("WCAG21:non-text-content", homePage.get("test").get("@id").asText());
    }

    @Test
    void findingsToReviewBecomeCantTellAndACleanSiteHasOnlyParsing() throws IOException {
        JsonNode bibliotheek = new ObjectMapper().readTree(dir.resolve("wcag-em-bibliotheek-aan-de-rivier.json").toFile());
        JsonNode welzijn = new ObjectMapper().readTree(dir.resolve("wcag-em-welzijn-noord.json").toFile());

        List<String> outcomes = new ArrayList<>();
        for (JsonNode assertion : bibliotheek.get("auditSample")) {
            outcomes.add(assertion.get("subject").get("@id").asText() + " " + assertion.get("test").get("@id").asText()
                    + " " + assertion.get("result").get("outcome").get("@id").asText());
        }
        assertEquals(List.of("_:website WCAG21:contrast-minimum earl:cantTell",
                BesluitScans.BIEB + " WCAG21:contrast-minimum earl:cantTell",
                "_:website WCAG21:language-of-page earl:failed",
                BesluitScans.BIEB + " WCAG21:language-of-page earl:failed",
                "_:website WCAG21:parsing earl:passed"), outcomes);
        assertEquals(1, welzijn.get("auditSample").size(), "4.1.1 alone, always satisfied");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
