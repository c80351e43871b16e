package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.oninput.InputChanges;
import nl.ketenscan.rules.oninput.OnInputAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnInputGathererWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    /** Submitting, navigating at once and navigating once a promise settles are all seen, and none happens. */
    @Test
    void aSelectThatSubmitsOrNavigatesFailsAndThePageStays() {
        String url = fixtures.url("on-input-fails.html");

        assertEquals(List.of("FAILED #wijk", "FAILED #taal", "FAILED #later"), described("on-input-fails.html"));
        assertEquals(url, fixtures.browser().driver().getCurrentUrl());
    }

    /** Hard pass: a select that changes the page itself and one whose navigation would come later, on a timer. */
    @Test
    void aSelectThatOnlyChangesThePageItselfPasses() {
        assertEquals(List.of(), described("on-input-passes.html"));
        assertEquals(fixtures.url("on-input-passes.html"), fixtures.browser().driver().getCurrentUrl());
        assertTrue((Boolean) DialogSafeScripts.execute(fixtures.browser().driver(),
                "return [setTimeout, HTMLFormElement.prototype.submit, window.open, window.fetch]"
                        + ".every(function (f) { return String(f).indexOf('[native code]') >= 0; });"));
    }

    @Test
    void aPageWithoutSelectListsTriesNothing() {
        InputChanges none = fixtures.gather(new OnInputGatherer(), "zoom-passes.html");
        assertEquals(0, none.tried());
        assertEquals(List.of(), none.changes());
    }

    private static List<String> described(String page) {
        return fixtures.findings(new OnInputGatherer(), new OnInputAudit(), page).stream()
                .map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
