package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report speaks its own language throughout: with a contrast failure and an image without alt as
 * axe reports them (the rule's explanation and the measured contrast), the Dutch HTML report, deviations
 * CSV, WCAG-EM evaluation and results.json hold none of axe's or ketenscan's English texts, and with
 * {@code --lang en} the same outputs hold none of the Dutch ones.
 */
class ReportLanguageTest {

    private static final String SITE = "https://www.lindeveen.example/";

    @TempDir
    static Path dir;

    private static List<String> englishFragments;
    private static List<String> dutchFragments;

    @BeforeAll
    static void readBundles() throws IOException {
        englishFragments = fragments("en");
        dutchFragments = fragments("nl");
    }

    @Test
    void theDutchOutputsHoldNoEnglishAxeText() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("nl"));
        write(folder, ReportText.DUTCH);

        String html = Jsoup.parse(folder.resolve("organisatie-gemeente-lindeveen.html").toFile(), "UTF-8").text();
        String csv = Files.readString(folder.resolve("afwijkingen-gemeente-lindeveen.csv"));
        String wcagEm = readJsonText(folder.resolve("wcag-em-gemeente-lindeveen.json"));
        String json = readJsonText(folder.resolve("results.json"));
        for (String output : List.of(html, csv, wcagEm, json)) {
            assertNone(englishFragments, output);
        }
        String contrast = "Het contrast is 2,32:1 (tekstkleur #999999 op achtergrond #ffffff, lettergrootte 12.0pt (16px),"
                + " niet vet); nodig is ten minste 4,5:1.";
        for (String output : List.of(html, csv, wcagEm, json)) {
            assertTrue(output.contains(contrast), output);
        }
        assertTrue(csv.contains("Een afbeelding heeft geen alt-attribuut"), csv);
        assertTrue(html.contains("Afbeelding zonder tekstalternatief"), "the rule's Dutch name heads its issues");
        assertTrue(html.contains("Maak de tekst donkerder of de achtergrond lichter"), "and how to fix it");
    }

    @Test
    void withLangEnTheSameOutputsSpeakEnglish() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("en"));
        write(folder, Locale.ENGLISH);

        String html = Jsoup.parse(folder.resolve("organisatie-gemeente-lindeveen.html").toFile(), "UTF-8").text();
        String csv = Files.readString(folder.resolve("afwijkingen-gemeente-lindeveen.csv"));
        String wcagEm = readJsonText(folder.resolve("wcag-em-gemeente-lindeveen.json"));
        String json = readJsonText(folder.resolve("results.json"));
        for (String output : List.of(html, csv, wcagEm, json)) {
            assertNone(dutchFragments, output);
            assertTrue(output.contains("The contrast is 2.32:1 (text colour #999999 on background #ffffff, font size"
                    + " 12.0pt (16px), not bold); at least 4.5:1 is needed."), output);
        }
        assertTrue(html.contains("The page did not finish loading within 30 s. Only what had loaded by then was checked."),
                html);
    }

    @Test
    void pageErrorsAreWordedInTheReportsLanguage() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("errors"));
        write(folder, ReportText.DUTCH);

        String html = Jsoup.parse(folder.resolve("organisatie-gemeente-lindeveen.html").toFile(), "UTF-8").text();
        assertTrue(html.contains("De pagina was niet binnen 30 s geladen. Alleen wat toen geladen was, is gecontroleerd."),
                html);
        assertEquals(-1, html.indexOf("did not finish loading"));
    }

    /** The default outputs, as {@code ketenscan report --lang} writes them. */
    private static void write(Path folder, Locale language) {
        ReportInput input = new ReportInput(ChainAssessment.of(scan()), BaselineMatch.NONE, language, List.of());
        ReportFormats.chosen(List.of(ReportFormats.DEFAULTS.split(","))).forEach(format -> format.write(input, folder));
    }

    /** A contrast failure and a missing alt, as AxeFindings words them, and a page that loaded too slowly. */
    private static ScanResults scan() {
        Finding contrast = new Finding("color-contrast", Engine.AXE, Outcome.FAILED, List.of("1.4.3"), Impact.SERIOUS,
                "footer > p", "<p class=\"klein\">Openingstijden</p>",
                List.of(AxeRuleText.explanation("color-contrast"), Message.of("axe-check.contrast", 2.32, "#999999",
                        "#ffffff", "12.0pt (16px)", Message.of("axe-check.font-weight.normal"), 4.5)),
                "https://dequeuniversity.com/rules/axe/4.11/color-contrast");
        Finding logo = new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                "header > img", "<img src=\"logo.png\">", List.of(AxeRuleText.explanation("image-alt")),
                "https://dequeuniversity.com/rules/axe/4.11/image-alt");
        PageResult home = new PageResult(SITE, SITE, 200, "text/html", "Home | Gemeente Lindeveen", "nl", null,
                List.of(contrast, logo), null, 900, 300, Set.of(), null);
        PageResult slow = new PageResult(SITE + "traag/", SITE + "traag/", 200, "text/html", "Traag", "nl",
                List.of(Message.of("page-error.load-timeout", 30), Message.of("page-error.partly-checked")), List.of(),
                null, 30000, 0, Set.of(), null);
        return new ScanResults("0.1.0", "4.11.1", "scan-taal", Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-02T09:05:00Z"), true, List.of(new OrganisationResults(
                        Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE)), List.of(home, slow))));
    }

    /** All string values of a JSON file, so that JSON escaping does not hide a phrase. */
    private static String readJsonText(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).forEach(node -> collect(node, texts));
        return String.join("\n", texts);
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    /**
     * The wording of the axe rules, their check details and the page errors in one language: the
     * sentence parts between arguments, long enough to be that language's own.
     */
    private static List<String> fragments(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = ReportLanguageTest.class.getResourceAsStream(
                "/nl/ketenscan/rules/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> fragments = new ArrayList<>();
        bundle.forEach((key, value) -> {
            if (key.toString().startsWith("axe") || key.toString().startsWith("page-error.")) {
                for (String part : value.toString().replace("''", "'").split("\\{\\d+}")) {
                    if (part.strip().length() >= 20) {
                        fragments.add(part.strip());
                    }
                }
            }
        });
        fragments.add(language.equals("en") ? "Fix any of the following" : "Los een van de volgende");
        return fragments;
    }

    private static void assertNone(List<String> fragments, String output) {
        List<String> found = fragments.stream().filter(output::contains).toList();
        assertEquals(List.of(), found, "text in the other language");
    }
}
