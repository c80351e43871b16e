package nl.ketenscan.rules;

import java.util.Objects;
import java.util.Set;

/**
 * Evidence a person can see: a small cropped screenshot of the element a finding names, outlined, kept
 * beside the scan. A finding has one when it failed a visual check (reflow, focus visible, text
 * spacing, resize, contrast of indicators) or is the first occurrence of its issue, within the scan's
 * bound on screenshots.
 *
 * @param rule     the finding's rule
 * @param selector the finding's selector, which with the rule tells it apart on its page
 * @param file     the PNG's path relative to the scan folder, e.g. {@code screenshots/ab12….png}
 */
public record Screenshot(String rule, String selector, String file) {

    /** Screenshots in one scan at most: each is up to 60 KB beside the report. */
    public static final int MAX_PER_SCAN = 200;

    /** Screenshots of one page at most: each costs the page's browser a capture, about 80 ms. */
    public static final int MAX_PER_PAGE = 10;

    /** The visual checks, every failure of which gets a screenshot (within the scan's bound). */
    private static final Set<String> VISUAL_RULES = Set.of("reflow", "focus-visible", "text-spacing-clipped",
            "text-spacing-overlap", "resize-text-clipped", "focus-indicator-contrast", "field-border-contrast");

    public Screenshot {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(file, "file");
    }

    /** Whether this is the screenshot of {@code finding}. */
    public boolean shows(Finding finding) {
        return rule.equals(finding.rule()) && selector.equals(finding.selector());
    }

    /** Whether {@code finding} failed a visual check, so that each of its occurrences deserves a screenshot. */
    public static boolean visualFailure(Finding finding) {
        return finding.outcome() == Outcome.FAILED && VISUAL_RULES.contains(finding.rule());
    }
}
