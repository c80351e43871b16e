package nl.ketenscan.crawler.browser;

import java.time.Duration;
import nl.ketenscan.rules.textfit.SpacedText;

/**
 * Applies the text spacing of WCAG 1.4.12 as a user's style sheet would, with {@code !important}, and
 * notes the text that no longer fits.
 */
final class TextSpacingGatherer implements Gatherer<SpacedText> {

    /** The criterion's values, as the W3C's own text spacing bookmarklet sets them. */
    static final String SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
            + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

    @Override
    public String name() {
        return "text-spacing";
    }

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
        return new SpacedText(ClippedTextProbe.after(page, () -> page.addStyle(SPACING)));
    }
}
