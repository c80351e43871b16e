package nl.ketenscan.crawler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.textfit.ClippedText;

/**
 * Finds the text a change to the page cuts off: {@link #BEFORE} notes the text wholly in view, the change
 * happens, and {@link #AFTER} looks again; text that seems cut off is looked at once more after the
 * page's scripts had their time to lay it out again ({@link LivePage#awaitRelayout()}). Shared by the
 * gatherers of zoom (1.4.4) and text spacing (1.4.12), which run these with their own scripts.
 */
final class ClippedTextProbe {

    private static final String SCRIPT = PageScripts.load("clipped-text.js");

    /** Notes the text wholly in view, before the change. */
    static final LivePage.Call BEFORE = new LivePage.Call(SCRIPT, "before");
    /** The text noted before that is cut off now, the change made. */
    static final LivePage.Call AFTER = new LivePage.Call(SCRIPT, "after", false);

    private ClippedTextProbe() {
    }

    /**
     * @param seen what {@link #AFTER} returned
     * @return the text that stays cut off once the page's scripts had their time
     */
    static List<ClippedText> confirmed(LivePage page, Object seen) {
        List<?> cut = (List<?>) seen;
        if (!cut.isEmpty()) {
            page.awaitRelayout();
            cut = (List<?>) page.script(SCRIPT, "after", true);
        }
        List<ClippedText> clipped = new ArrayList<>();
        for (Object item : cut) {
            Map<?, ?> text = (Map<?, ?>) item;
            clipped.add(new ClippedText((String) text.get("selector"), (String) text.get("snippet"),
                    (String) text.get("clippedBy"), (String) text.get("text")));
        }
        return clipped;
    }
}
