package nl.ketenscan.rules.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTitleGenericTest {

    private final PageTitleGeneric rule = new PageTitleGeneric();

    @ParameterizedTest
    @CsvSource({
            "failing-untitled.html, failed",
            "failing-nieuw-document.html, failed",
            "failing-pagina.html, failed",
            "failing-home.html, needs-review",
            "failing-leeg-deel.html, needs-review"})
    void placeholderTitlesFailAndTitlesWithoutTopicNeedReview(String file, String outcome) {
        List<Finding> findings = rule.check(RuleFixtures.page("page-title-generic", file));

        assertEquals(List.of("html > head > title"), RuleFixtures.selectors(findings));
        assertEquals(Outcome.fromId(outcome), findings.get(0).outcome());
    }

    @ParameterizedTest
    @CsvSource({
            "passing-onderwerp.html",
            "passing-home-met-naam.html",
            "passing-naam-website.html",
            "passing-vervolgpagina.html",
            "passing-dubbele-punt.html",
            "passing-geen-titel.html"})
    void titlesThatNameTopicOrSiteAndMissingTitlesAreLeftAlone(String file) {
        assertEquals(List.of(), rule.check(RuleFixtures.page("page-title-generic", file)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ID-kaart aanvragen; DESCRIPTIVE",
            "Afval – Gemeente Lindeveen; DESCRIPTIVE",
            "Welkom - Welzijn Lindeveen; DESCRIPTIVE",
            "untitled document; PLACEHOLDER",
            "Naamloos | Home; PLACEHOLDER",
            "|; PLACEHOLDER",
            "Welkom; VAGUE",
            "Home - Home; VAGUE",
            "- Welzijn Lindeveen; SITE_NAME_ONLY",
            "Afval |; SITE_NAME_ONLY"})
    void readsTheTitleAsPartsBetweenSeparators(String title, GenericTitles.Kind kind) {
        assertEquals(kind, GenericTitles.classify(title));
    }
}
