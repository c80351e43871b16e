package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.textfit.ResizeTextAudit;
import nl.ketenscan.rules.textfit.TextSpacingAudit;
import nl.ketenscan.rules.textfit.TextSpacingOverlapAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text cut off at 200% zoom (1.4.4) and with the spacing of 1.4.12, in real Chromium. */
class TextFitGatherersWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @Test
    void textOfAFixedHeightTileCutOffBySpacingFails() {
        assertEquals(List.of("FAILED #paspoort"),
                described(fixtures.findings(new TextSpacingGatherer(), new TextSpacingAudit(), "text-spacing-fails.html")));
    }

    /** Hard passes: a tile that grows, hidden text, a collapsed menu, an icon font, text cut short already. */
    @Test
    void textThatGrowsOrWasHiddenAlreadyPassesSpacing() {
        assertEquals(List.of(),
                described(fixtures.findings(new TextSpacingGatherer(), new TextSpacingAudit(), "text-spacing-passes.html")));
    }

    @Test
    void textOfAFixedHeightCardRunningIntoTheNextFailsOverlap() {
        assertEquals(List.of("FAILED #eerste"), described(fixtures.findings(new TextSpacingGatherer(),
                new TextSpacingOverlapAudit(), "text-spacing-overlap-fails.html")));
    }

    /** Hard passes: cards that grow, a label over the text by design before any spacing, text cut off instead. */
    @Test
    void textThatGrowsOrOverlappedAlreadyPassesOverlap() {
        assertEquals(List.of(), described(fixtures.findings(new TextSpacingGatherer(), new TextSpacingOverlapAudit(),
                "text-spacing-overlap-passes.html")));
        assertEquals(List.of(), described(fixtures.findings(new TextSpacingGatherer(), new TextSpacingOverlapAudit(),
                "text-spacing-fails.html")), "cut off, not overlapping");
        assertEquals(List.of(), described(fixtures.findings(new TextSpacingGatherer(), new TextSpacingOverlapAudit(),
                "text-spacing-passes.html")));
    }

    @Test
    void textOfAFixedHeightColumnCutOffAtDoubleZoomFails() {
        assertEquals(List.of("FAILED #nieuws"),
                described(fixtures.findings(new ZoomedTextGatherer(), new ResizeTextAudit(), "zoom-fails.html")));
    }

    /** Hard passes: a column that grows, and a menu that collapses wholly on a narrow screen. */
    @Test
    void textThatGrowsOrCollapsesWhollyPassesZoom() {
        assertEquals(List.of(),
                described(fixtures.findings(new ZoomedTextGatherer(), new ResizeTextAudit(), "zoom-passes.html")));
    }

    @Test
    void spacingIsUndoneAfterwards() {
        fixtures.gather(new TextSpacingGatherer(), "text-spacing-fails.html");

        assertEquals(0L, DialogSafeScripts.execute(fixtures.browser().driver(),
                "return document.querySelectorAll('style[data-ketenscan]').length;"));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
