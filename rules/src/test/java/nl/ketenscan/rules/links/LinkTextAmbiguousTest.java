package nl.ketenscan.rules.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class LinkTextAmbiguousTest {

    private final LinkTextAmbiguous rule = new LinkTextAmbiguous();

    @Test
    void saysHowManyLinksShareTheName() {
        List<Finding> findings = rule.check(RuleFixtures.page("link-text-ambiguous", "failing.html"));

        assertEquals(List.of(Message.of("link-text-ambiguous.ambiguous", 2, "Lees meer", 2)), findings.get(0).message());
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
