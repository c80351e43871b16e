package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.rules.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The experimental axe rules a scan switches on ({@link AxeRuleSelection#OPTED_IN}), run by the bundled
 * axe in real Chromium on pages of a municipal template: each finds its planted failure and leaves the
 * hard passes beside it alone (a link whose name starts with its visible text, an icon button, text in
 * capitals by CSS, a rotated icon, columns that change with orientation, a table laying out a page).
 */
class AxeOptInRulesWithChromiumTest {

    private static FixtureServer site;
    private static BrowserSession session;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        site.serve("/axe-opt-in", Map.of());
        session = BrowserSession.start(BrowserSettings.local(Duration.ofSeconds(30)));
    }

    @AfterAll
    static void stop() {
        session.close();
        site.close();
    }

    @Test
    void contentLockedToPortraitFailsOrientationAndColumnsPerOrientationDoNot() {
        assertEquals(Set.of("FAILED css-orientation-lock html 1.3.4"), optedIn("/orientation-locked.html"));
        assertEquals(Set.of(), optedIn("/orientation-free.html"));
        assertEquals(Set.of(), optedIn("/no-style-sheet.html"), "no style sheet to read is no lock, nor a question");
    }

    @Test
    void onlyNamesThatLeaveOutTheVisibleLabelFailLabelInName() {
        assertEquals(Set.of(
                "FAILED label-content-name-mismatch #mismatch-link 2.5.3",
                "FAILED label-content-name-mismatch #mismatch-button 2.5.3"), optedIn("/label-in-name.html"));
    }

    @Test
    void fakeCaptionsAndHeaderlessDataTablesFailButLayoutTablesDoNot() {
        assertEquals(Set.of(
                "FAILED table-fake-caption #fake-caption 1.3.1",
                "FAILED td-has-header #fake-caption 1.3.1",
                "FAILED td-has-header #no-headers 1.3.1"), optedIn("/tables-and-headings.html"));
    }

    /**
     * The rules these fixtures examine: those switched on, {@code label-content-name-mismatch}
     * (experimental before axe 4.14) and {@code p-as-heading}, which stays off and must find nothing.
     */
    private static final Set<String> EXAMINED = Set.of("css-orientation-lock", "label-content-name-mismatch",
            "p-as-heading", "table-fake-caption", "td-has-header");

    @Test
    void everyOptedInRuleIsExamined() {
        assertEquals(Set.of(), AxeRuleSelection.OPTED_IN.stream().filter(rule -> !EXAMINED.contains(rule))
                .collect(Collectors.toSet()));
    }

    /** The findings of the examined rules on the page, as outcome, rule, selector and criteria. */
    private static Set<String> optedIn(String path) {
        RenderedPage page = session.check(site.url(path));
        assertNull(page.error());
        List<Finding> findings = page.findings().stream().filter(f -> EXAMINED.contains(f.rule())).toList();
        return findings.stream()
                .map(f -> f.outcome() + " " + f.rule() + " " + f.selector() + " " + String.join(",", f.criteria()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
