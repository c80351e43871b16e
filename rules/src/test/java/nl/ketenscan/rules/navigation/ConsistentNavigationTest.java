package nl.ketenscan.rules.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class ConsistentNavigationTest {

    private final ConsistentNavigation rule = new ConsistentNavigation();

    @Test
    void theMenuInAnotherOrderOnOnePageFailsThere() {
        Map<String, List<Finding>> findings = rule.check(FixtureSite.pages("navigation-order-inconsistent", "failing"));

        assertEquals(List.of(FixtureSite.url("contact.html")), List.copyOf(findings.keySet()));
        Finding finding = findings.get(FixtureSite.url("contact.html")).get(0);
        assertEquals(Outcome.FAILED, finding.outcome());
        assertEquals(List.of("3.2.3"), finding.criteria());
        assertEquals("html > body > header > nav", finding.selector());
        assertEquals(List.of(Message.of("navigation-order-inconsistent.order", "Afval", "Contact")), finding.message());
    }

    /**
     * Submenus opened on their section's page, the current page marked, a section menu with other
     * links on another section's page, related pages that differ per page, and an English menu.
     */
    @Test
    void opensSubmenusMarksTheCurrentPageAndRelatedListsPass() {
        assertEquals(Map.of(), rule.check(FixtureSite.pages("navigation-order-inconsistent", "passing")));
    }

    @Test
    void pagesWithoutNavigationNotedAreLeftOut() {
        List<nl.ketenscan.rules.PageResult> pages = FixtureSite.pages("navigation-order-inconsistent", "failing").stream()
                .map(page -> FixtureSite.withNavigation(page, null)).toList();

        assertEquals(Map.of(), rule.check(pages));
    }
}
