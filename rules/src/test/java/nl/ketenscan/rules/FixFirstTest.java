package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FixFirstTest {

    @Test
    void rankedByImpactWeightTimesPagesSeparatelyForWebTeamAndEditors() {
        Issue criticalOnOne = issue("a", Impact.CRITICAL, 1, Issue.Kind.CONTENT, Outcome.FAILED);
        Issue minorOnFive = issue("b", Impact.MINOR, 5, Issue.Kind.CONTENT, Outcome.FAILED);
        Issue moderateOnFive = issue("c", Impact.MODERATE, 5, Issue.Kind.CONTENT, Outcome.FAILED);
        Issue seriousOnTwenty = issue("d", Impact.SERIOUS, 20, Issue.Kind.TEMPLATE, Outcome.FAILED);
        Issue criticalOnThree = issue("e", Impact.CRITICAL, 3, Issue.Kind.TEMPLATE, Outcome.FAILED);
        Issue reviewOnFifty = issue("f", Impact.CRITICAL, 50, Issue.Kind.TEMPLATE, Outcome.NEEDS_REVIEW);

        FixFirst fixFirst = FixFirst.of(List.of(criticalOnOne, minorOnFive, moderateOnFive, seriousOnTwenty,
                criticalOnThree, reviewOnFifty));

        assertEquals(List.of(seriousOnTwenty, criticalOnThree), fixFirst.webTeam());
        assertEquals(List.of(moderateOnFive, criticalOnOne, minorOnFive), fixFirst.editors());
        assertEquals(80, FixFirst.score(seriousOnTwenty));
        assertEquals(10, FixFirst.score(moderateOnFive));
    }

    @Test
    void equalScoresFallBackToSeverity() {
        Issue criticalOnOne = issue("a", Impact.CRITICAL, 1, Issue.Kind.CONTENT, Outcome.FAILED);
        Issue moderateOnFour = issue("b", Impact.MODERATE, 4, Issue.Kind.CONTENT, Outcome.FAILED);
        Issue unknownOnEight = issue("c", null, 8, Issue.Kind.CONTENT, Outcome.FAILED);

        assertEquals(List.of(criticalOnOne, moderateOnFour, unknownOnEight),
                FixFirst.of(List.of(unknownOnEight, moderateOnFour, criticalOnOne)).editors());
    }

    private static Issue issue(String fingerprint, Impact impact, int pages, Issue.Kind kind, Outcome outcome) {
        Finding example = new Finding("rule-" + fingerprint, Engine.AXE, outcome, List.of("1.1.1"), impact, null, null,
                List.of(), null);
        List<String> urls = IntStream.range(0, pages).mapToObj(i -> "https://x.nl/" + i).toList();
        return new Issue(fingerprint, example, urls, pages, kind);
    }
}
