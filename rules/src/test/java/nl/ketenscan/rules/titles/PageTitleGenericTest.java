package nl.ketenscan.rules.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the rule finds on whole pages is proven by its fixtures ({@code RuleFixturesTest}); here, how it reads a title. */
class PageTitleGenericTest {

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
