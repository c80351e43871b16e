package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineEntry;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    @TempDir
    Path dir;

    @Test
    void isValidSarif210WithAndWithoutABaseline() throws IOException {
        ScanResults results = SampleScans.chain(false);

        assertEquals(Set.of(), schema().validate(write(results, BaselineMatch.NONE)));
        assertEquals(Set.of(), schema().validate(write(results, acceptingImageAlt(null).on(TODAY))));
    }

    @Test
    void schemaCheckCatchesAMissingMessageSoTheValidityTestMeansSomething() throws IOException {
        JsonNode sarif = write(SampleScans.chain(true), BaselineMatch.NONE);
        ((ObjectNode) sarif.at("/runs/0/results/0")).remove("message");

        assertFalse(schema().validate(sarif).isEmpty());
    }

    @Test
    void oneResultPerIssueWithItsRuleAndPagesAsLocations() throws IOException {
        JsonNode run = write(SampleScans.chain(true), BaselineMatch.NONE).at("/runs/0");

        assertEquals(6, run.get("results").size(), "3 issues of the gemeente, 3 of the bibliotheek");
        JsonNode logo = run.at("/results/0");
        assertEquals("image-alt", logo.get("ruleId").asText());
        assertEquals("image-alt", run.at("/tool/driver/rules/" + logo.get("ruleIndex").asInt() + "/id").asText());
        assertEquals("fail", logo.get("kind").asText());
        assertEquals("error", logo.get("level").asText());
        assertEquals(SampleScans.HOME, logo.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(1, logo.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(SampleScans.AFVAL, logo.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(logo.at("/message/text").asText().startsWith(SampleScans.GEMEENTE + ": image-alt at header > img.logo"));
        assertEquals(16, logo.at("/partialFingerprints/primaryLocationLineHash").asText().length());
        assertTrue(logo.get("baselineState") == null, "no baseline, no baseline state");
    }

    @Test
    void rulesCarryHelpTextTagsAndALevel() throws IOException {
        JsonNode rule = write(SampleScans.chain(true), BaselineMatch.NONE).at("/runs/0/tool/driver/rules/0");

        assertEquals("image-alt", rule.get("id").asText());
        assertTrue(rule.at("/help/text").asText().contains("WCAG 2.1 success criteria 1.1.1"));
        assertTrue(rule.at("/help/text").asText().contains(SampleScans.IMAGE_ALT_HELP));
        assertEquals(SampleScans.IMAGE_ALT_HELP, rule.get("helpUri").asText());
        List<String> tags = new ArrayList<>();
        rule.at("/properties/tags").forEach(t -> tags.add(t.asText()));
        assertTrue(tags.containsAll(List.of("accessibility", "WCAG 1.1.1", "EN 301 549 9.1.1.1")), tags.toString());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
    }

    @Test
    void reviewIssuesAreNotFailuresAndPageErrorsAreNotifications() throws IOException {
        JsonNode run = write(SampleScans.chain(false), BaselineMatch.NONE).at("/runs/0");

        JsonNode review = findResult(run, "color-contrast", "review");
        assertEquals("none", review.get("level").asText());
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()
                .contains(SampleScans.KAPOT + " could not be checked"));
    }

    @Test
    void baselinedIssuesAreSuppressedWithTheReasonAndOthersAreNew() throws IOException {
        JsonNode run = write(SampleScans.chain(true), acceptingImageAlt("theme fix in sprint 12").on(TODAY)).at("/runs/0");

        JsonNode logo = findResult(run, "image-alt", "fail");
        assertEquals("unchanged", logo.get("baselineState").asText());
        assertEquals("accepted", logo.at("/suppressions/0/status").asText());
        assertEquals("theme fix in sprint 12 (until 2025-06-30)", logo.at("/suppressions/0/justification").asText());
        JsonNode contrast = findResult(run, "color-contrast", "fail");
        assertEquals("new", contrast.get("baselineState").asText());
        assertTrue(contrast.get("suppressions") == null);
    }

    @Test
    void aSiteRuleDescribesItselfAsAPageRuleDoes() throws IOException {
        ScanResults sample = SampleScans.chain(true);
        OrganisationResults gemeente = sample.organisations().get(0);
        List<PageResult> sameTitle = List.of(SampleScans.page(SampleScans.AFVAL, "Afval", List.of()),
                SampleScans.page(SampleScans.AFVAL + "kalender", "Afval", List.of()));
        ScanResults scan = sample.withOrganisations(List.of(gemeente.withPages(sameTitle)));

        JsonNode rules = write(scan, BaselineMatch.NONE).at("/runs/0/tool/driver/rules");
        RuleInfo duplicate = OwnRules.info("page-title-duplicate").orElseThrow();

        JsonNode rule = null;
        for (JsonNode candidate : rules) {
            rule = candidate.get("id").asText().equals(duplicate.id()) ? candidate : rule;
        }
        assertEquals(duplicate.descriptionEn(), rule == null ? null : rule.at("/shortDescription/text").asText());
    }

    private static JsonNode findResult(JsonNode run, String rule, String kind) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(rule) && result.get("kind").asText().equals(kind)) {
                return result;
            }
        }
        throw new AssertionError("no " + kind + " result of " + rule);
    }

    /** A baseline holding only the logo issue of the sample chain. */
    private static Baseline acceptingImageAlt(String reason) {
        Baseline all = Baseline.of(ChainAssessment.of(SampleScans.chain(true)), "0.1.0", reason, LocalDate.of(2025, 6, 30), null);
        List<BaselineEntry> logo = all.entries().stream().filter(e -> e.rule().equals("image-alt")).toList();
        return new Baseline("0.1.0", logo);
    }

    private JsonNode write(ScanResults results, BaselineMatch baseline) throws IOException {
        Path file = dir.resolve("results.sarif");
        new SarifReport().write(new ReportInput(ChainAssessment.of(results), baseline, ReportText.DUTCH, List.of()), dir);
        return MAPPER.readTree(file.toFile());
    }

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of("classpath:sarif/sarif-schema-2.1.0.json"));
    }
}
