package nl.ketenscan.rules;

import java.util.regex.Pattern;

/**
 * A stable name for a defect, so that the same defect in a site template, found on many pages,
 * becomes one issue. Built from the rule, the selector and the snippet with what differs between
 * renderings of one template removed (see {@link NormalisedSelector} and {@link NormalisedSnippet}):
 * structural indices, generated ids and hashed class names, per-page query strings, whitespace.
 *
 * <p>When there is a snippet, only the selector's path through frames and shadow roots counts, not
 * the selector itself: axe builds the shortest selector that is unique in each document, so one
 * logo is {@code img} on a page with no other image and {@code img[width="232"]} on the next. The
 * snippet, the element's own markup, is what stays the same. Without a snippet the normalised
 * selector is all there is to tell elements apart.
 */
final class Fingerprint {

    private static final Pattern INTO_FRAME_OR_SHADOW_ROOT = Pattern.compile(
            Pattern.quote(Finding.INTO_FRAME_OR_SHADOW_ROOT));

    private Fingerprint() {
    }

    static String of(Finding finding) {
        String snippet = NormalisedSnippet.of(finding.snippet());
        String where = snippet.isEmpty()
                ? NormalisedSelector.of(finding.selector())
                : "depth " + depth(finding.selector());
        return Sha256.hex(finding.rule() + '\n' + where + '\n' + snippet).substring(0, 16);
    }

    private static int depth(String selector) {
        return selector == null ? 0 : INTO_FRAME_OR_SHADOW_ROOT.split(selector, -1).length - 1;
    }
}
