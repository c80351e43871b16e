package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.hover.HoverContent;
import nl.ketenscan.rules.hover.HoverContents;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;

/**
 * Moves the real pointer onto the page's likely hover triggers ({@code hover-content.js} finds them: an
 * element a {@code :hover} rule shows something in or beside, or one described by a hidden element) and
 * notes, for content that shows, whether Escape hides it while the pointer stays, and whether it stays
 * when the pointer moves from the trigger onto it (WCAG 1.4.13). Content that focusing the trigger shows
 * too is left to the tab walk, which tries it the same way.
 *
 * <p>Only the pointer and Escape are used: no click, so nothing is followed or submitted. The pointer
 * ends in the top-left corner, and focus and scroll position are put back.
 */
final class HoverContentGatherer implements Gatherer<HoverContents> {

    private static final String SCRIPT = PageScripts.load("hover-content.js");

    @Override
    public Class<HoverContents> artifact() {
        return HoverContents.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(5);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.HEAVY;
    }

    @Override
    public HoverContents gather(LivePage page) {
        List<HoverContent> contents = new ArrayList<>();
        try {
            int triggers = ((Number) page.script(SCRIPT, "find")).intValue();
            for (int i = 0; i < triggers; i++) {
                HoverContent content = tried(page, i);
                if (content != null) {
                    contents.add(content);
                }
            }
        } finally {
            // outside the budget, as LivePage undoes its own changes: a gatherer out of time still leaves the page as found
            new Actions(page.driver()).moveToLocation(0, 0).perform();
            DialogSafeScripts.execute(page.driver(), SCRIPT, "restore");
        }
        return new HoverContents(contents);
    }

    /** What trigger {@code i}'s content did; null when hovering showed nothing, or focus shows it too. */
    private static HoverContent tried(LivePage page, int i) {
        away(page);
        page.script(SCRIPT, "prepare", i);
        try {
            pointAt(page, i, "trigger");
        } catch (MoveTargetOutOfBoundsException outsideTheViewport) {
            return null;
        }
        if (!(page.script(SCRIPT, "shown", i) instanceof Map<?, ?> shown)) {
            return null;
        }
        new Actions(page.driver()).sendKeys(Keys.ESCAPE).perform();
        boolean escapeHides = !shows(page, i);
        Boolean staysUnderPointer = null;
        away(page);
        try {
            pointAt(page, i, "trigger");
            if (shows(page, i)) {
                pointAt(page, i, "content");
                staysUnderPointer = shows(page, i);
            }
        } catch (MoveTargetOutOfBoundsException outsideTheViewport) {
            // the pointer cannot reach it; hovering stays untried
        }
        away(page);
        if (Boolean.TRUE.equals(page.script(SCRIPT, "focusShows", i))) {
            return null;
        }
        return new HoverContent((String) shown.get("trigger"), (String) shown.get("content"),
                (String) shown.get("snippet"), Boolean.TRUE.equals(shown.get("overlays")), escapeHides,
                staysUnderPointer);
    }

    private static void away(LivePage page) {
        new Actions(page.driver()).moveToLocation(0, 0).perform();
    }

    private static void pointAt(LivePage page, int i, String which) {
        new Actions(page.driver()).moveToElement((WebElement) page.script(SCRIPT, "element", i, which)).perform();
    }

    private static boolean shows(LivePage page, int i) {
        return Boolean.TRUE.equals(page.script(SCRIPT, "shows", i));
    }
}
