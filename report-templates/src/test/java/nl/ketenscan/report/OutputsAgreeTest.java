package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report, results.json and the deviations CSV of the same scan agree on every count and
 * verdict, because all three render one assessment. Read as a tool reads them: the report through
 * its data attributes, results.json through its fields, the CSV through its rows.
 */
class OutputsAgreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<ScanResults> scans() {
        return Stream.of(SampleScans.chain(true), BesluitScans.chain());
    }

    @ParameterizedTest
    @MethodSource("scans")
    void htmlResultsJsonAndTheDeviationsCsvAgreeOnEveryCountAndVerdict(ScanResults scan) throws IOException {
        ReportInput input = ReportInput.of(ChainAssessment.of(scan));
        ReportFormats.chosen(List.of(ReportFormats.DEFAULTS.split(","))).forEach(f -> f.write(input, dir));

        JsonNode organisations = MAPPER.readTree(dir.resolve(ResultsJson.FILE_NAME).toFile()).get("organisations");
        Document index = html(HtmlReport.INDEX);
        List<Element> overview = index.select("table.overview tbody tr");
        assertEquals(organisations.size(), overview.size());
        for (int i = 0; i < organisations.size(); i++) {
            JsonNode json = organisations.get(i);
            String name = json.get("name").asText();
            JsonNode counts = json.get("counts");
            int failed = counts.get("failed").get("issues").asInt();
            int review = counts.get("needs-review").get("issues").asInt();
            assertEquals(failed, outcomes(json.get("issues")).getOrDefault("failed", 0), name);
            assertEquals(review, outcomes(json.get("issues")).getOrDefault("needs-review", 0), name);

            Element row = overview.get(i);
            assertEquals(name, row.selectFirst("th").text());
            assertEquals(failed, number(row, "data-count-failed"), name);
            assertEquals(review, number(row, "data-count-review"), name);

            Document page = html(row.selectFirst("th a").attr("href"));
            Element summary = page.selectFirst("section[data-count-failed]");
            assertEquals(failed, number(summary, "data-count-failed"), name);
            assertEquals(review, number(summary, "data-count-review"), name);
            Map<String, Integer> issuesShown = new TreeMap<>();
            page.select("div.issue[data-outcome]").forEach(e -> issuesShown.merge(e.attr("data-outcome"), 1, Integer::sum));
            assertEquals(outcomes(json.get("issues")), issuesShown, name);

            assertEquals(criteria(json.get("criteria")), criteria(page), name);
            for (Element verdictCount : page.select("table.verdicts tbody tr")) {
                assertEquals(counts.get("criteria").get(verdictCount.attr("data-verdict")).asInt(),
                        number(verdictCount, "data-count"), name);
            }

            List<String> csvDeviations = deviations(name);
            List<String> htmlDeviations = page.select("table.deviations tbody tr").stream()
                    .map(e -> e.attr("data-sc") + " " + e.attr("data-rule")).toList();
            assertEquals(csvDeviations, htmlDeviations, name);
            assertEquals(failingCriteria(json.get("criteria")), catalogued(csvDeviations, json.get("criteria")), name);
            assertEquals(failingCriteria(json.get("criteria")).size(), counts.get("failed").get("criteria").asInt());
        }
        assertFalse(index.select("tr[data-count-failed]").isEmpty());
    }

    private Document html(String file) throws IOException {
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8");
    }

    private static int number(Element element, String attribute) {
        return Integer.parseInt(element.attr(attribute));
    }

    private static Map<String, Integer> outcomes(JsonNode issues) {
        Map<String, Integer> outcomes = new TreeMap<>();
        issues.forEach(i -> outcomes.merge(i.get("outcome").asText(), 1, Integer::sum));
        return outcomes;
    }

    /** Per criterion its verdict and the failed and to-review issues behind it. */
    private static Map<String, String> criteria(JsonNode criteria) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        criteria.forEach(c -> verdicts.put(c.get("sc").asText(), c.get("verdict").asText() + " "
                + c.get("failedIssues").asInt() + " " + c.get("reviewIssues").asInt()));
        return verdicts;
    }

    private static Map<String, String> criteria(Document page) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (Element row : page.select("table.criteria tbody tr[data-sc]")) {
            List<String> numbers = row.select("td.num").eachText();
            verdicts.put(row.attr("data-sc"), row.attr("data-verdict") + " " + String.join(" ", numbers));
        }
        return verdicts;
    }

    private static List<String> failingCriteria(JsonNode criteria) {
        List<String> failing = new ArrayList<>();
        criteria.forEach(c -> {
            if (c.get("verdict").asText().equals("fails")) {
                failing.add(c.get("sc").asText());
            }
        });
        return failing;
    }

    /** The deviations' criteria of the catalogue, each once, in order: what fails in the statement's words. */
    private static List<String> catalogued(List<String> deviations, JsonNode criteria) {
        List<String> inCatalogue = new ArrayList<>();
        criteria.forEach(c -> inCatalogue.add(c.get("sc").asText()));
        return deviations.stream().map(d -> d.substring(0, d.indexOf(' '))).filter(inCatalogue::contains).distinct()
                .toList();
    }

    /** "criterion rule" per row of the organisation's deviations CSV. */
    private List<String> deviations(String organisation) throws IOException {
        Path file = dir.resolve(OrganisationFileNames.deviations(OrganisationFileNames.slug(organisation)));
        List<List<String>> rows = CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1), ';');
        return rows.subList(1, rows.size()).stream().map(r -> r.get(0) + " " + r.get(3)).toList();
    }
}
