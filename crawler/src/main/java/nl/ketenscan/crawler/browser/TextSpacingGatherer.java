package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.textfit.ClippedText;
import nl.ketenscan.rules.textfit.OverlappingText;
import nl.ketenscan.rules.textfit.SpacedText;

/**
 * Applies the text spacing of WCAG 1.4.12 as a user's style sheet would, with {@code !important}, and
 * notes the text that no longer fits and the text that now runs into other text.
 */
final class TextSpacingGatherer implements Gatherer<SpacedText> {

    /** The criterion's values, as the W3C's own text spacing bookmarklet sets them. */
    static final String SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
            + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

    private static final String OVERLAP = PageScripts.load("overlapping-text.js");

    @Override
    public Class<SpacedText> artifact() {
        return SpacedText.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(3);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.HEAVY;
    }

    @Override
    public SpacedText gather(LivePage page) {
        page.scripts(ClippedTextProbe.BEFORE, new LivePage.Call(OVERLAP, "before"));
        List<?> seen = page.scripts(page.userStyle(SPACING), ClippedTextProbe.AFTER, new LivePage.Call(OVERLAP, "after"));
        List<ClippedText> clipped = ClippedTextProbe.confirmed(page, seen.get(1));
        List<OverlappingText> overlapping = new ArrayList<>();
        for (Object item : (List<?>) seen.get(2)) {
            Map<?, ?> text = (Map<?, ?>) item;
            overlapping.add(new OverlappingText((String) text.get("selector"), (String) text.get("snippet"),
                    (String) text.get("text"), (String) text.get("other"), (String) text.get("otherText")));
        }
        return new SpacedText(clipped, overlapping);
    }
}
