package nl.ketenscan.rules.textfit;

import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code text-spacing-overlap}: WCAG 1.4.12, text that runs into other text once a reader sets the
 * criterion's text spacing. Failed: the two texts' line boxes did not overlap before and overprint
 * each other after (a part of the smaller one's height, not a touching descender), so one of them can
 * no longer be read, the loss of content the criterion forbids. Text that overlapped already, by the
 * author's design, is not judged; text cut off is {@link TextSpacingAudit}'s.
 */
public final class TextSpacingOverlapAudit implements BrowserAudit<SpacedText> {

    static final int MAX_FINDINGS = 10;

    private static final RuleInfo INFO = new RuleInfo("text-spacing-overlap", List.of("1.4.12"), Impact.SERIOUS,
            "Tekst die over andere tekst heen valt als de bezoeker de tekstafstand vergroot (regelafstand 1,5, "
                    + "alinea-afstand 2, letterafstand 0,12 en woordafstand 0,16 keer de lettergrootte).",
            "Text that runs into other text when the visitor increases text spacing (line height 1.5, paragraph "
                    + "spacing 2, letter spacing 0.12 and word spacing 0.16 times the font size).",
            "https://www.w3.org/WAI/WCAG21/Understanding/text-spacing.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<SpacedText> artifact() {
        return SpacedText.class;
    }

    @Override
    public List<Finding> audit(SpacedText spaced) {
        return spaced.overlapping().stream().limit(MAX_FINDINGS)
                .map(text -> INFO.finding(Outcome.FAILED, text.selector(), Snippet.of(text.snippet()),
                        INFO.message("overlaps", text.text(), text.otherText(), text.other())))
                .toList();
    }
}
