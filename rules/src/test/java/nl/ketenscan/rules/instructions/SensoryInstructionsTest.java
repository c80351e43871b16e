package nl.ketenscan.rules.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class SensoryInstructionsTest {

    private final SensoryInstructions rule = new SensoryInstructions();

    @Test
    void reportsEachBlockOfTheMainContentThatPointsByColourShapeOrPlace() {
        List<Finding> findings = rule.check(RuleFixtures.page("sensory-instructions", "failing.html"));

        assertEquals(List.of(
                        "#inhoud > ol.stappen > li:nth-child(2)",
                        "#inhoud > ol.stappen > li:nth-child(3)",
                        "#inhoud > p.tip",
                        "#inhoud > div.hulp"),
                RuleFixtures.selectors(findings));
        assertTrue(findings.stream().allMatch(f -> f.outcome() == Outcome.NEEDS_REVIEW && f.impact() == Impact.MINOR));
        assertEquals(List.of("1.3.3"), findings.get(0).criteria());
    }

    @Test
    void namesEveryPhraseOfABlockAsWrittenInOneFinding() {
        Finding tip = rule.check(RuleFixtures.page("sensory-instructions", "failing.html")).get(2);

        assertEquals(List.of(Message.of("sensory-instructions.phrases", "\"RECHTSBOVEN\", \"het tandwiel\"")),
                tip.message());
    }

    @Test
    void withoutMainElementReadsTheBodyWithoutHeaderAndFooter() {
        assertEquals(List.of("html > body > div.inhoud > p:nth-child(3)"),
                RuleFixtures.selectors(rule.check(RuleFixtures.page("sensory-instructions", "failing-zonder-main.html"))));
    }

    @Test
    void everydayColourWordsHiddenTextAndTheTemplateAreNotReported() {
        assertEquals(List.of(), rule.check(RuleFixtures.page("sensory-instructions", "passing.html")));
    }
}
