package nl.ketenscan.rules.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class ConsistentIdentificationTest {

    private final ConsistentIdentification rule = new ConsistentIdentification();

    @Test
    void theSameDestinationNamedOtherwiseOnOnePageNeedsReviewThere() {
        Map<String, List<Finding>> findings = rule.check(FixtureSite.pages("navigation-names-inconsistent", "failing"));

        assertEquals(List.of(FixtureSite.url("parkeren.html")), List.copyOf(findings.keySet()));
        Finding finding = findings.get(FixtureSite.url("parkeren.html")).get(0);
        assertEquals(Outcome.NEEDS_REVIEW, finding.outcome());
        assertEquals(List.of("3.2.4"), finding.criteria());
        assertEquals(List.of(Message.of("navigation-names-inconsistent.names", "Neem contact op", 2, "Contact")), finding.message());
    }

    /** "Afval (huidige pagina)", "contact" in lower case, a current page named "U bent hier: Contact". */
    @Test
    void currentPageMarksAndCaseAreTheSameName() {
        assertEquals(Map.of(), rule.check(FixtureSite.pages("navigation-names-inconsistent", "passing")));
    }
}
