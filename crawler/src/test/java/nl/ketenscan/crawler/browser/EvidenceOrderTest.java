package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

/** Which of a page's findings are offered a screenshot first, within the page's cap. */
class EvidenceOrderTest {

    @Test
    void visualFailuresComeFirstAndTheRestKeepTheirOrder() {
        Finding alt = finding("image-alt", Outcome.FAILED, "#logo");
        Finding link = finding("link-text-generic", Outcome.NEEDS_REVIEW, "#meer");
        Finding reflow = finding("reflow", Outcome.FAILED, "#kaart");
        Finding reflowToReview = finding("reflow", Outcome.NEEDS_REVIEW, "#tabel");
        Finding focus = finding("focus-visible", Outcome.FAILED, "#zoek");

        assertEquals(List.of(reflow, focus, alt, link, reflowToReview),
                PageCheck.evidenceOrder(List.of(alt, link, reflow, reflowToReview, focus)));
    }

    private static Finding finding(String rule, Outcome outcome, String selector) {
        return new Finding(rule, Engine.KETENSCAN, outcome, List.of("1.1.1"), Impact.SERIOUS, selector, null, List.of(),
                null);
    }
}
