package nl.ketenscan.crawler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.textfit.ClippedText;

/**
 * Finds the text a change to the page cuts off: notes the text wholly in view, lets the change happen,
 * and looks again; text that seems cut off is looked at once more after the page's scripts had their
 * time to lay it out again ({@link LivePage#awaitRelayout()}). Shared by the gatherers of zoom (1.4.4)
 * and text spacing (1.4.12).
 */
final class ClippedTextProbe {

    private static final String SCRIPT = PageScripts.load("clipped-text.js");

    private ClippedTextProbe() {
    }

    /** @param change what a reader does to the page, through {@code page} so that it is undone afterwards */
    static List<ClippedText> after(LivePage page, Runnable change) {
        page.script(SCRIPT, "before");
        change.run();
        List<?> seen = (List<?>) page.script(SCRIPT, "after", false);
        if (!seen.isEmpty()) {
            page.awaitRelayout();
            seen = (List<?>) page.script(SCRIPT, "after", true);
        }
        List<ClippedText> clipped = new ArrayList<>();
        for (Object item : seen) {
            Map<?, ?> text = (Map<?, ?>) item;
            clipped.add(new ClippedText((String) text.get("selector"), (String) text.get("snippet"),
                    (String) text.get("clippedBy"), (String) text.get("text")));
        }
        return clipped;
    }
}
