package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LanguageOfPartsRuleTest {

    private static final String ENGLISH = "Do you need help at home, for example with cleaning, transport or a"
            + " wheelchair? Under the Social Support Act you can ask the municipality for support.";
    private static final String DUTCH = "Lukt het niet meer om zelfstandig thuis te wonen of mee te doen in de"
            + " buurt? Dan kunt u ondersteuning aanvragen bij de gemeente.";

    private final LanguageOfPartsRule rule = new LanguageOfPartsRule(Detectors.SHARED);

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return LanguageFixtures.of(rule);
    }

    @Test
    void anUnmarkedEnglishParagraphOnADutchPageIsAModerateFailureOf312() {
        List<Finding> findings = rule.check(PageContent.parse("http://127.0.0.1/", "<html lang=\"nl\"><body><main>"
                + "<p>" + DUTCH + "</p><p>" + DUTCH + "</p><p class=\"en\">" + ENGLISH + "</p></main></body></html>"));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Outcome.FAILED, finding.outcome());
        assertEquals(Impact.MODERATE, finding.impact());
        assertEquals(List.of("3.1.2"), finding.criteria());
        assertEquals("html > body > main > p.en", finding.selector());
        assertEquals("<p class=\"en\">" + ENGLISH + "</p>", finding.snippet());
        assertEquals(List.of(Message.of("language-of-parts.seems-page", Message.of("language-of-parts.subject.paragraph"),
                Message.of("language.en"), Message.of("language.nl"), "nl", "en")), finding.message());
    }

    @Test
    void aLongPassageShowsOnlyTheStartOfItsHtml() {
        String paragraph = "<p>" + ENGLISH.repeat(5) + "</p>";
        List<Finding> findings = rule.check(PageContent.parse("http://127.0.0.1/",
                "<html lang=\"nl\"><body>" + ("<p>" + DUTCH + "</p>").repeat(12) + paragraph + "</body></html>"));

        assertEquals(1, findings.size());
        assertEquals(paragraph.substring(0, Snippets.MAX_LENGTH) + "…", findings.get(0).snippet());
    }

    @Test
    void textDirectlyInADivIsAPassageWithoutTheParagraphsInsideIt() {
        List<Finding> findings = rule.check(PageContent.parse("http://127.0.0.1/", "<html lang=\"nl\"><body>"
                + "<div id=\"intro\">" + ENGLISH + "<p>" + DUTCH + "</p></div><p>" + DUTCH + "</p></body></html>"));

        assertEquals(List.of("#intro"), findings.stream().map(Finding::selector).toList());
    }

    @Test
    void aPassageMetAgainGetsTheSameVerdictInTheSameLanguageOnly() {
        PageContent dutchPage = PageContent.parse("http://127.0.0.1/nl", "<html lang=\"nl\"><body><p>" + DUTCH
                + "</p><p>" + DUTCH + "</p><footer><p>" + ENGLISH + "</p></footer></body></html>");
        PageContent englishPage = PageContent.parse("http://127.0.0.1/en", "<html lang=\"en\"><body><p>" + ENGLISH
                + "</p><p>" + ENGLISH + "</p><footer><p>" + ENGLISH + "</p></footer></body></html>");

        List<Finding> first = rule.check(dutchPage);
        assertEquals(List.of("html > body > footer > p"), first.stream().map(Finding::selector).toList());
        assertEquals(List.of(), rule.check(englishPage));
        assertEquals(first, rule.check(dutchPage));
    }

    @Test
    void hiddenTextAndPagesWithoutLangAreNotJudged() {
        String hidden = "<html lang=\"nl\"><body><p>" + DUTCH + "</p><p hidden>" + ENGLISH + "</p>"
                + "<p style=\"display: none\">" + ENGLISH + "</p><script>var text = '" + ENGLISH + "';</script></body></html>";
        String withoutLang = "<html><body><p>" + DUTCH + "</p><p>" + ENGLISH + "</p></body></html>";

        assertEquals(List.of(), rule.check(PageContent.parse("http://127.0.0.1/", hidden)));
        assertEquals(List.of(), rule.check(PageContent.parse("http://127.0.0.1/", withoutLang)));
    }

    @Test
    void textHiddenOnlyFromScreenReadersIsStillReadByThoseWhoSeeIt() {
        List<Finding> findings = rule.check(PageContent.parse("http://127.0.0.1/", "<html lang=\"nl\"><body><p>" + DUTCH
                + "</p><p>" + DUTCH + "</p><div aria-hidden=\"true\"><p>" + ENGLISH + "</p></div></body></html>"));

        assertEquals(List.of("html > body > div > p"), findings.stream().map(Finding::selector).toList());
    }
}
