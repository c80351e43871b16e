package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.hover.ContentOnHoverDismissible;
import nl.ketenscan.rules.hover.HoverContent;
import nl.ketenscan.rules.hover.HoverContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content that shows on hover (1.4.13), tried with the real pointer and Escape in Chromium. */
class HoverContentGathererWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    /** A CSS :hover bubble that Escape cannot hide; a tooltip that closes when the pointer leaves its trigger for it. */
    @Test
    void hoverContentThatEscapeKeepsOrThePointerLosesFails() {
        assertEquals(List.of("FAILED #bubbel content-on-hover.escape", "FAILED #uitleg content-on-hover.pointer"),
                described(fixtures.findings(new HoverContentGatherer(), new ContentOnHoverDismissible(),
                        "hover-fails.html")));
    }

    /**
     * Hard passes: a tooltip that closes on Escape and stays while the pointer is on it, an answer shown in
     * the flow, pushing the rest aside, and links that only change their look on hover.
     */
    @Test
    void aTooltipThatClosesOnEscapeAndStaysUnderThePointerPasses() {
        HoverContents hovered = fixtures.gather(new HoverContentGatherer(), "hover-passes.html");

        List<String> tried = hovered.contents().stream()
                .map(c -> c.content() + " overlays " + c.overlays() + ", Escape hides " + c.escapeHides()
                        + ", stays " + c.staysUnderPointer())
                .toList();
        assertTrue(tried.contains("#bsn-uitleg overlays true, Escape hides true, stays true"), tried.toString());
        assertEquals(2, tried.size(), "the answer in the flow is seen too: " + tried);
        assertEquals(List.of(), described(new ContentOnHoverDismissible().audit(hovered)));
    }

    /** A tooltip a script adds on mouseenter and removes on mouseleave, which the style sheets do not show. */
    @Test
    void aScriptBuiltTooltipThatEscapeKeepsAndThePointerLosesFailsTwice() {
        assertEquals(List.of("FAILED #zone-uitleg content-on-hover.escape", "FAILED #zone-uitleg content-on-hover.pointer"),
                described(fixtures.findings(new HoverContentGatherer(), new ContentOnHoverDismissible(),
                        "hover-script-fails.html")));
    }

    /** Hard passes: a script tooltip inside its trigger that closes on Escape, and a tile that only changes colour. */
    @Test
    void aScriptTooltipThatClosesOnEscapeAndStaysPasses() {
        HoverContents hovered = fixtures.gather(new HoverContentGatherer(), "hover-script-passes.html");

        assertEquals(List.of("#zone-uitleg"), hovered.contents().stream().map(HoverContent::content).toList());
        assertEquals(List.of(), described(new ContentOnHoverDismissible().audit(hovered)));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.outcome() + " " + f.selector() + " " + f.message().get(0).key()).toList();
    }
}
