package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PageLanguageRuleTest {

    private final PageLanguageRule rule = new PageLanguageRule(Detectors.SHARED);

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return LanguageFixtures.of(rule);
    }

    @Test
    void aMismatchIsASeriousFailureOf311ShowingTheHtmlStartTagAndTheFixInDutch() {
        PageContent page = PageContent.parse("http://127.0.0.1/", """
                <html lang="nl" class="no-js"><head><title>English</title></head><body><main>
                <p>Have you just moved to Lindeveen? Register your new address within five days of your move.
                You can do this online with DigiD, or make an appointment at the town hall.</p>
                <p>Do you need help at home, for example with cleaning or transport? You can ask the municipality
                for support.</p></main></body></html>""");

        List<Finding> findings = rule.check(page);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Engine.KETENSCAN, finding.engine());
        assertEquals(Outcome.FAILED, finding.outcome());
        assertEquals(Impact.SERIOUS, finding.impact());
        assertEquals(List.of("3.1.1"), finding.criteria());
        assertEquals("html", finding.selector());
        assertEquals("<html lang=\"nl\" class=\"no-js\">", finding.snippet());
        assertEquals(List.of(Message.of("page-language.seems", Message.of("language.en"), Message.of("language.nl"), "nl",
                "en")), finding.message());
    }

    @Test
    void textInPartsWithTheirOwnLangDoesNotCountForThePage() {
        PageContent page = PageContent.parse("http://127.0.0.1/", """
                <html lang="nl"><body><main><div lang="en">
                <p>Have you just moved to Lindeveen? Register your new address within five days of your move.
                You can do this online with DigiD, or make an appointment at the town hall.</p>
                <p>Do you need help at home, for example with cleaning or transport? You can ask the municipality
                for support.</p></div></main></body></html>""");

        assertEquals(List.of(), rule.check(page));
    }
}
