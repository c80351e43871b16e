package nl.ketenscan.rules.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class LinkTextGenericTest {

    private final LinkTextGeneric rule = new LinkTextGeneric();

    @Test
    void showsTheLinkAndQuotesItsTextAsA244Finding() {
        List<Finding> findings = rule.check(RuleFixtures.page("link-text-generic", "failing.html"));

        assertEquals(List.of("2.4.4"), findings.get(0).criteria());
        assertEquals("<a href=\"/afspraak/\">Klik hier</a>", findings.get(0).snippet());
        assertEquals(List.of(Message.of("link-text-generic.generic", "Klik hier")), findings.get(0).message());
    }

    @Test
    void namesTheLinkByAriaLabelAndByImageAltAsScreenReadersDo() {
        List<Object> names = rule.check(RuleFixtures.page("link-text-generic", "failing.html")).stream()
                .map(f -> f.message().get(0).args().get(0)).toList();

        assertEquals("Meer informatie", names.get(3));
        assertEquals("Lees verder", names.get(4));
    }

    @Test
    void aPrecedingQuestionInTheSameParagraphIsNotContextButTheSameSentenceIs() {
        PageContent page = PageContent.parse("https://www.lindeveen.example/",
                "<p>Wilt u een afspraak maken? <a href='/a/'>Klik hier</a>.</p>"
                        + "<p>Voor een afspraak <a href='/b/'>klik hier</a>.</p>"
                        + "<p>Meer weten? <a href='/c/'>Lees meer</a></p>");

        assertEquals(List.of("html > body > p:nth-child(1) > a", "html > body > p:nth-child(3) > a"),
                RuleFixtures.selectors(rule.check(page)));
    }
}
