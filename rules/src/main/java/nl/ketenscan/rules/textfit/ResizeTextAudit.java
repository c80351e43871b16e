package nl.ketenscan.rules.textfit;

import java.util.List;

import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code resize-text-clipped}: WCAG 1.4.4, text cut off at 200% zoom by an ancestor that hides its
 * overflow (ACT rule 59br37, "Zoomed text node is not clipped with CSS overflow"). Failed: the text
 * was wholly in view at 100% and is partly cut off at 200%. A meta viewport that blocks zooming is
 * axe's {@code meta-viewport}, which runs beside this.
 */
public final class ResizeTextAudit implements BrowserAudit<ZoomedText> {

    private static final RuleInfo INFO = new RuleInfo("resize-text-clipped", List.of("1.4.4"), Impact.SERIOUS,
            "Tekst die bij 200% zoom wordt afgesneden door een blok met een vaste maat dat overlopende inhoud verbergt.",
            "Text that is cut off at 200% zoom by a box of fixed size that hides what overflows it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/resize-text.html", List.of("59br37"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<ZoomedText> artifact() {
        return ZoomedText.class;
    }

    @Override
    public List<Finding> audit(ZoomedText zoomed) {
        return ClippedTextFindings.of(INFO, zoomed.clipped());
    }
}
