package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writtenResultsAreValidAgainstTheSchema() throws IOException {
        JsonNode json = write(SampleScans.chain(true));

        assertEquals(Set.of(), schema().validate(json));
    }

    @Test
    void schemaCheckEnforcesDateTimeFormatSoTheValidityTestMeansSomething() throws IOException {
        ObjectNode json = (ObjectNode) write(SampleScans.chain(true));
        ((ObjectNode) json.get("scan")).put("startedAt", "12 maart 2025");

        Set<ValidationMessage> errors = schema().validate(json);

        assertFalse(errors.isEmpty());
    }

    @Test
    void toolAndScanDescribeTheRun() throws IOException {
        JsonNode json = write(SampleScans.chain(false));

        assertEquals("ketenscan", json.at("/tool/name").asText());
        assertEquals("0.1.0", json.at("/tool/version").asText());
        assertEquals("4.11.1", json.at("/tool/axeVersion").asText());
        assertEquals("scan-2025-03-12", json.at("/scan/id").asText());
        assertEquals("2025-03-12T09:00:00Z", json.at("/scan/startedAt").asText());
        assertEquals("2025-03-12T09:42:17.123Z", json.at("/scan/finishedAt").asText());
        assertFalse(json.at("/scan/complete").asBoolean());
        assertEquals("WCAG 2.1 AA / EN 301 549 v3.2.1", json.at("/scan/standard").asText());
    }

    @Test
    void organisationsKeepScanOrderWithRoleSeedsAndPages() throws IOException {
        JsonNode json = write(SampleScans.chain(true));

        JsonNode gemeente = json.at("/organisations/0");
        assertEquals(SampleScans.GEMEENTE, gemeente.get("name").asText());
        assertEquals("gemeente", gemeente.get("role").asText());
        assertEquals(SampleScans.HOME, gemeente.at("/seeds/0").asText());
        assertEquals(List.of(SampleScans.HOME, SampleScans.AFVAL, SampleScans.CONTACT, SampleScans.KAPOT),
                gemeente.get("pages").findValuesAsText("url"));
        assertEquals("ketenpartner", json.at("/organisations/1/role").asText());
    }

    @Test
    void issuesCountPagesAndOccurrencesMostSevereFirst() throws IOException {
        JsonNode issue = write(SampleScans.chain(true)).at("/organisations/0/issues/0");

        assertEquals("image-alt", issue.get("rule").asText());
        assertEquals("critical", issue.get("impact").asText());
        assertEquals("1.1.1", issue.at("/criteria/0").asText());
        assertEquals(2, issue.get("pages").asInt());
        assertEquals(3, issue.get("occurrences").asInt());
        assertEquals(16, issue.get("fingerprint").asText().length());
    }

    @Test
    void aFindingNamesItsScreenshotBesideTheScan() throws IOException {
        JsonNode bieb = write(SampleScans.chain(true)).at("/organisations/1/pages/0/findings");

        assertEquals(SampleScans.SCREENSHOT, bieb.get(0).get("screenshot").asText());
        assertTrue(bieb.get(1).get("screenshot") == null, "only the finding it shows");
    }

    @Test
    void everyIssueSaysItsOutcomeAndEveryCountKeepsFailuresAndReviewApart() throws IOException {
        JsonNode gemeente = write(SampleScans.chain(true)).at("/organisations/0");

        assertEquals(List.of("failed", "failed", "needs-review"),
                gemeente.get("issues").findValuesAsText("outcome"));
        // the sample's pages ran no browser checks: the criteria only those test stay manual-only
        assertEquals(MAPPER.readTree("""
                {"pages": 4, "pagesWithFailures": 2, "pagesWithErrors": 1,
                 "failed": {"issues": 2, "occurrences": 4, "criteria": 2},
                 "needs-review": {"issues": 1, "occurrences": 1, "criteria": 0},
                 "criteria": {"fails": 2, "needs-review": 0, "no-automated-failures": 23, "manual-only": 18,
                              "not-applicable": 6, "always-satisfied": 1}}"""), gemeente.get("counts"));
        JsonNode contrast = gemeente.get("criteria").get(13);
        assertEquals("1.4.3", contrast.get("sc").asText());
        assertEquals(List.of(2, 1, 1), List.of(contrast.get("issues").asInt(), contrast.get("failedIssues").asInt(),
                contrast.get("reviewIssues").asInt()));
    }

    @Test
    void everyOrganisationHasAVerdictOnEachOfTheFiftyCriteria() throws IOException {
        JsonNode json = write(SampleScans.chain(true));

        JsonNode criteria = json.at("/organisations/0/criteria");
        assertEquals(50, criteria.size());
        JsonNode images = criteria.get(0);
        assertEquals("1.1.1", images.get("sc").asText());
        assertEquals("A", images.get("level").asText());
        assertEquals("Niet-tekstuele content", images.get("nameNl").asText());
        assertEquals("Non-text Content", images.get("nameEn").asText());
        assertEquals("9.1.1.1", images.get("en301549Clause").asText());
        assertEquals("fails", images.get("verdict").asText());
        assertEquals(1, images.get("issues").asInt());
        assertEquals("not-applicable", verdictOf(criteria, "1.2.2"));
        assertEquals("no-automated-failures", verdictOf(criteria, "3.3.2"));
        assertEquals("manual-only", verdictOf(criteria, "2.3.1"));
        assertEquals("fails", verdictOf(json.at("/organisations/1/criteria"), "3.1.1"));
    }

    @Test
    void eachOrganisationSaysWhetherItsCrawlWasCompleteAndEachPageHowItWasReached() throws IOException {
        JsonNode json = write(SampleScans.chain(false));

        JsonNode gemeente = json.at("/organisations/0");
        assertTrue(gemeente.get("complete").asBoolean());
        assertTrue(gemeente.get("stopReason").isNull());
        JsonNode bieb = json.at("/organisations/1");
        assertFalse(bieb.get("complete").asBoolean(), "one partner's page limit leaves the gemeente complete");
        assertEquals("het maximum aantal pagina's (--max-pages) is bereikt", bieb.get("stopReason").asText());
        assertEquals(SampleScans.HOME + "index.html", gemeente.at("/pages/0/aliases/0").asText());
        JsonNode kapot = gemeente.at("/pages/3");
        assertEquals(SampleScans.KAPOT, kapot.get("url").asText());
        assertEquals(List.of(SampleScans.HOME, SampleScans.CONTACT),
                List.of(kapot.at("/linkedFrom/0").asText(), kapot.at("/linkedFrom/1").asText()));
        assertEquals(Set.of(), schema().validate(json));
    }

    @Test
    void issuesSayWhetherTheTemplateOrTheContentHoldsThem() throws IOException {
        JsonNode json = write(SampleScans.chain(true));

        assertEquals("template", json.at("/organisations/0/issues/0/kind").asText(), "the logo in the header");
        assertEquals("content", json.at("/organisations/1/issues/0/kind").asText(), "one page of a partner");
    }

    @Test
    void schemaCheckRejectsAnUnknownVerdict() throws IOException {
        ObjectNode json = (ObjectNode) write(SampleScans.chain(true));
        ((ObjectNode) json.at("/organisations/0/criteria/0")).put("verdict", "passes");

        assertFalse(schema().validate(json).isEmpty());
    }

    @Test
    void findingsCarryEngineOutcomeAndTheirIssueFingerprint() throws IOException {
        JsonNode json = write(SampleScans.chain(true));
        JsonNode finding = json.at("/organisations/0/pages/0/findings/0");

        assertEquals("axe", finding.get("engine").asText());
        assertEquals("failed", finding.get("outcome").asText());
        assertEquals(SampleScans.LOGO_SNIPPET, finding.get("snippet").asText());
        assertEquals(json.at("/organisations/0/issues/0/fingerprint"), finding.get("fingerprint"));
        assertEquals("ketenscan", json.at("/organisations/1/pages/0/findings/2/engine").asText());
        assertEquals("needs-review", json.at("/organisations/0/pages/1/findings/1/outcome").asText());
    }

    @Test
    void plainLanguageIsWrittenPerPageWithItsRewritesAndNullWhenNotJudged() throws IOException {
        JsonNode json = write(SampleScans.chain(true));

        JsonNode home = json.at("/organisations/0/pages/0/plainLanguage");
        assertEquals(412, home.get("words").asInt());
        assertEquals(22.9, home.get("avgWordsPerSentence").asDouble());
        assertEquals(32.5, home.get("fleschDouma").asDouble());
        assertEquals(78.4, home.get("difficulty").asDouble());
        assertEquals("above-B1", home.get("level").asText());
        assertEquals(SampleScans.REWRITE_SENTENCE, home.at("/rewrites/0/sentence").asText());
        assertEquals("indien → als", home.at("/rewrites/0/reasons/0").asText());
        assertEquals("B1-or-easier", json.at("/organisations/0/pages/1/plainLanguage/level").asText());
        assertTrue(json.at("/organisations/0/pages/2/plainLanguage").isNull());
    }

    @Test
    void missingValuesAreWrittenAsNullAndAMissingFinalUrlIsLeftOut() throws IOException {
        Finding bare = new Finding("document-title", Engine.AXE, Outcome.NEEDS_REVIEW, List.of("2.4.2"),
                null, null, null, List.of(), null);
        PageResult page = new PageResult("https://x.example/", null, 200, null, null, null, null, List.of(bare),
                null, 0, 0, null, PageFacts.NONE);
        JsonNode json = write(single(List.of(page, PageResult.failed("https://x.example/weg", 0, null, "DNS failed"))));

        JsonNode written = json.at("/organisations/0/pages/0");
        assertFalse(written.has("finalUrl"));
        for (String field : List.of("contentType", "title", "lang", "error")) {
            assertTrue(written.get(field).isNull(), field);
        }
        for (String field : List.of("impact", "selector", "snippet", "message")) {
            assertTrue(written.at("/findings/0").get(field).isNull(), field);
        }
        assertTrue(json.at("/organisations/0/issues/0/impact").isNull());
        assertEquals("DNS failed", json.at("/organisations/0/pages/1/error").asText());
        assertEquals(0, json.at("/organisations/0/pages/1/httpStatus").asInt());
        assertEquals(Set.of(), schema().validate(json));
    }

    @Test
    void sameResultsGiveTheSameBytesWithUnixLineEndsAndUtf8() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        ResultsJson.write(ChainAssessment.of(SampleScans.chain(true)), first);
        ResultsJson.write(ChainAssessment.of(SampleScans.chain(true)), second);

        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\n  \"tool\": {"), "pretty-printed");
        assertTrue(text.contains("Home – Voorbeeldstad"), "non-ASCII written as UTF-8, not escaped");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void resultsWithoutOrganisationsAreRefusedRatherThanWrittenAgainstTheContract() {
        ScanResults empty = new ScanResults("0.1.0", "4.11.1", "s", SampleScans.chain(true).startedAt(),
                SampleScans.chain(true).finishedAt(), true, List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultsJson.write(ChainAssessment.of(empty), dir.resolve("r.json")));
        assertTrue(e.getMessage().contains("organisation"));
    }

    @Test
    void resultsWithoutFinishTimeAreRefused() {
        ScanResults sample = SampleScans.chain(false);
        ScanResults unfinished = new ScanResults(sample.toolVersion(), sample.axeVersion(), sample.scanId(),
                sample.startedAt(), null, false, sample.organisations());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultsJson.write(ChainAssessment.of(unfinished), dir.resolve("r.json")));
        assertTrue(e.getMessage().contains("finish time"));
    }

    private JsonNode write(ScanResults results) throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(ChainAssessment.of(results), file);
        return MAPPER.readTree(file.toFile());
    }

    private static String verdictOf(JsonNode criteria, String sc) {
        for (JsonNode criterion : criteria) {
            if (criterion.get("sc").asText().equals(sc)) {
                return criterion.get("verdict").asText();
            }
        }
        throw new AssertionError("no criterion " + sc);
    }

    private static ScanResults single(List<PageResult> pages) {
        ScanResults sample = SampleScans.chain(true);
        return new ScanResults(sample.toolVersion(), sample.axeVersion(), sample.scanId(), sample.startedAt(),
                sample.finishedAt(), true, List.of(new OrganisationResults(
                        Organisation.of("X", Role.KETENPARTNER, List.of("https://x.example/")), pages)));
    }

    /**
     * The contract, with "format" checked: draft 2020-12 makes it an annotation only, so without
     * this setting a malformed date-time would pass. Loaded by location because its $id is relative.
     */
    static JsonSchema schema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:results.schema.json"), config);
    }
}
