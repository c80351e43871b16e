package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.hover.HoverContent;
import nl.ketenscan.rules.hover.HoverContents;
import org.openqa.selenium.Keys;

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
        int triggers = ((Number) page.script(SCRIPT, "find")).intValue();
        if (triggers == 0) {
            // nothing was moved or kept in the page: nothing to put back
            return new HoverContents(contents);
        }
        try {
            for (int i = 0; i < triggers; i++) {
                HoverContent content = tried(page, i);
                if (content != null) {
                    contents.add(content);
                }
            }
        } finally {
            page.pointerAway();
            page.putBack(SCRIPT, "restore");
        }
        return new HoverContents(contents);
    }

    /** What trigger {@code i}'s content did; null when hovering showed nothing, or focus shows it too. */
    private static HoverContent tried(LivePage page, int i) {
        page.pointerAway();
        page.script(SCRIPT, "prepare", i);
        if (!pointAt(page, i, "trigger") || !(page.script(SCRIPT, "shown", i) instanceof Map<?, ?> shown)) {
            return null;
        }
        page.keys().sendKeys(Keys.ESCAPE).perform();
        boolean escapeHides = !shows(page, i);
        Boolean staysUnderPointer = null;
        page.pointerAway();
        if (pointAt(page, i, "trigger") && shows(page, i) && pointAt(page, i, "content")) {
            staysUnderPointer = shows(page, i);
        }
        page.pointerAway();
        if (Boolean.TRUE.equals(page.script(SCRIPT, "focusShows", i))) {
            return null;
        }
        return new HoverContent((String) shown.get("trigger"), (String) shown.get("content"),
                (String) shown.get("snippet"), Boolean.TRUE.equals(shown.get("overlays")), escapeHides,
                staysUnderPointer);
    }

    /** @return false when the pointer cannot reach it */
    private static boolean pointAt(LivePage page, int i, String which) {
        return page.pointAt(page.script(SCRIPT, "middle", i, which));
    }

    private static boolean shows(LivePage page, int i) {
        return Boolean.TRUE.equals(page.script(SCRIPT, "shows", i));
    }
}
