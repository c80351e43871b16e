package nl.ketenscan.rules.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final Issue LOGO = issue("image-alt", Outcome.FAILED, Impact.CRITICAL, "1.1.1");
    private static final Issue CONTRAST = issue("color-contrast", Outcome.FAILED, Impact.SERIOUS, "1.4.3");
    private static final Issue REGION = issue("region", Outcome.FAILED, Impact.MODERATE);
    private static final Issue REVIEW = issue("color-contrast", Outcome.NEEDS_REVIEW, Impact.CRITICAL, "1.4.3");
    private static final Issue NO_IMPACT = issue("own-rule", Outcome.FAILED, null, "2.4.4");

    @Test
    void failOnCountsIssuesAtThatImpactOrWorse() {
        Gate serious = new Gate(Impact.SERIOUS, null, Set.of());

        GateResult result = serious.judge(List.of(LOGO, CONTRAST, REGION));

        assertFalse(result.passed());
        assertEquals("gate failed: 2 issues at serious or worse (--fail-on serious): image-alt, color-contrast",
                result.reason());
        assertTrue(serious.judge(List.of(REGION, NO_IMPACT)).passed());
    }

    @Test
    void issuesToReviewNeverFailABuild() {
        Gate strict = new Gate(Impact.MINOR, 0, Set.of("1.4.3"));

        GateResult result = strict.judge(List.of(REVIEW));

        assertTrue(result.passed(), result.reason());
        assertEquals("gates passed: no issue at minor or worse (--fail-on minor); 0 issues, within --max-issues 0;"
                + " none of 1.4.3 fails (--fail-on-criteria)", result.reason());
    }

    @Test
    void maxIssuesAllowsUpToTheNumberAndFailsAbove() {
        assertTrue(new Gate(null, 2, Set.of()).judge(List.of(LOGO, REGION)).passed());

        GateResult over = new Gate(null, 1, Set.of()).judge(List.of(LOGO, REGION));

        assertFalse(over.passed());
        assertEquals("gate failed: 2 issues, more than --max-issues 1: image-alt, region", over.reason());
    }

    @Test
    void criteriaFailWhenAnIssueConcernsOneOfThem() {
        Gate criteria = new Gate(null, null, Set.of("1.4.3", "2.4.4"));

        assertEquals("gate failed: criteria 1.4.3, 2.4.4 fail (--fail-on-criteria)",
                criteria.judge(List.of(CONTRAST, NO_IMPACT, LOGO)).reason());
        assertEquals("gates passed: none of 1.4.3, 1.4.10 fails (--fail-on-criteria)",
                new Gate(null, null, Set.of("1.4.10", "1.4.3")).judge(List.of()).reason(), "WCAG order, not text order");
        assertTrue(criteria.judge(List.of(LOGO)).passed());
    }

    @Test
    void reasonNamesOnlyTheCrossedThresholdsWhenOneFails() {
        Gate all = new Gate(Impact.CRITICAL, 5, Set.of("1.1.1"));

        GateResult result = all.judge(List.of(LOGO));

        assertEquals("gate failed: 1 issue at critical or worse (--fail-on critical): image-alt;"
                + " criteria 1.1.1 fail (--fail-on-criteria)", result.reason());
    }

    @Test
    void longListsOfRulesAreCut() {
        List<Issue> many = List.of(issue("a", Outcome.FAILED, Impact.MINOR), issue("b", Outcome.FAILED, Impact.MINOR),
                issue("c", Outcome.FAILED, Impact.MINOR), issue("d", Outcome.FAILED, Impact.MINOR),
                issue("e", Outcome.FAILED, Impact.MINOR));

        assertEquals("gate failed: 5 issues, more than --max-issues 0: a, b, c and 2 more rules",
                new Gate(null, 0, Set.of()).judge(many).reason());
    }

    @Test
    void noThresholdMeansNotSetAndAlwaysPasses() {
        assertFalse(Gate.NONE.isSet());
        assertTrue(Gate.NONE.judge(List.of(LOGO)).passed());
        assertTrue(new Gate(null, 0, Set.of()).isSet());
    }

    @Test
    void refusesWhatIsNotACriterionOrANegativeMaximum() {
        IllegalArgumentException criterion = assertThrows(IllegalArgumentException.class,
                () -> new Gate(null, null, Set.of("1.1")));
        assertTrue(criterion.getMessage().contains("'1.1' is not a WCAG success criterion"));
        assertThrows(IllegalArgumentException.class, () -> new Gate(null, -1, Set.of()));
    }

    private static Issue issue(String rule, Outcome outcome, Impact impact, String... criteria) {
        Finding finding = new Finding(rule, Engine.AXE, outcome, List.of(criteria), impact, "main", "<main>", List.of(), null);
        return new Issue(rule + outcome, finding, List.of("https://example.nl/"), 1, Issue.Kind.CONTENT);
    }
}
