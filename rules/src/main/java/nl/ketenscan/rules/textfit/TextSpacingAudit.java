package nl.ketenscan.rules.textfit;

import java.util.List;

import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code text-spacing-clipped}: WCAG 1.4.12, text cut off once a reader sets the criterion's text
 * spacing. Failed: the text was wholly in view before and is partly cut off after, which is the loss
 * of content the criterion forbids. The ACT rules of 1.4.12 (spacing set with {@code !important} in a
 * style attribute) are axe's {@code avoid-inline-spacing}, which runs beside this.
 */
public final class TextSpacingAudit implements BrowserAudit<SpacedText> {

    private static final RuleInfo INFO = new RuleInfo("text-spacing-clipped", List.of("1.4.12"), Impact.SERIOUS,
            "Tekst die wordt afgesneden als de bezoeker de tekstafstand vergroot (regelafstand 1,5, alinea-afstand 2, "
                    + "letterafstand 0,12 en woordafstand 0,16 keer de lettergrootte).",
            "Text that is cut off when the visitor increases text spacing (line height 1.5, paragraph spacing 2, "
                    + "letter spacing 0.12 and word spacing 0.16 times the font size).",
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
        return ClippedTextFindings.of(INFO, spaced.clipped());
    }
}
