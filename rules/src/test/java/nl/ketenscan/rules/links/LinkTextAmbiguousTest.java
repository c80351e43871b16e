package nl.ketenscan.rules.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class LinkTextAmbiguousTest {

    private final LinkTextAmbiguous rule = new LinkTextAmbiguous();

    @Test
    void reportsEveryLinkOfANameThatLeadsToDifferentPagesWhateverItsCase() {
        List<Finding> findings = rule.check(RuleFixtures.page("link-text-ambiguous", "failing.html"));

        assertEquals(List.of(
                        "#inhoud > ul.nieuwslijst > li:nth-child(1) > p:nth-child(3) > a",
                        "#inhoud > ul.nieuwslijst > li:nth-child(2) > p:nth-child(3) > a",
                        "#inhoud > p:nth-child(4) > a",
                        "#inhoud > p:nth-child(5) > a"),
                RuleFixtures.selectors(findings));
        assertTrue(findings.stream().allMatch(f -> f.outcome() == Outcome.NEEDS_REVIEW));
        assertEquals(List.of(Message.of("link-text-ambiguous.ambiguous", 2, "Lees meer", 2)), findings.get(0).message());
    }

    @Test
    void sameNameToTheSamePlaceOrHiddenLinksAreNotAmbiguous() {
        assertEquals(List.of(), rule.check(RuleFixtures.page("link-text-ambiguous", "passing.html")));
    }

    @Test
    void anotherPortOrQueryIsAnotherDestinationButAnotherFragmentIsNot() {
        PageContent page = PageContent.parse("https://www.lindeveen.example/afval/",
                "<a href='HTTPS://www.Lindeveen.example:443/afval/#top'>Afval</a>"
                        + "<a href='/afval/'>Afval</a>"
                        + "<a href='/zoeken/?q=afval'>Zoeken</a>"
                        + "<a href='/zoeken/?q=grofvuil'>Zoeken</a>");

        assertEquals(List.of("html > body > a:nth-child(3)", "html > body > a:nth-child(4)"),
                RuleFixtures.selectors(rule.check(page)));
    }
}
