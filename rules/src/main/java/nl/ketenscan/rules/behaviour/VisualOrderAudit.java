package nl.ketenscan.rules.behaviour;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code visual-order-differs}: WCAG 1.3.2, a flex or grid container whose CSS {@code order} or
 * reversed direction shows its text in another order than the source, which screen readers and the
 * keyboard follow. Needs review: the order may not matter for the meaning.
 */
public final class VisualOrderAudit implements BehaviourAudit {

    private static final RuleInfo INFO = new RuleInfo("visual-order-differs", List.of("1.3.2"), Impact.MODERATE,
            "Inhoud die door CSS (order, omgekeerde richting) in een andere volgorde te zien is dan in de broncode.",
            "Content that CSS (order, reversed direction) shows in another order than the source.",
            "https://www.w3.org/WAI/WCAG21/Understanding/meaningful-sequence.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        return behaviour.reordered().stream().limit(MAX_FINDINGS)
                .map(container -> INFO.finding(Outcome.NEEDS_REVIEW, container.selector(), Snippet.of(container.snippet()),
                        INFO.message("reordered", container.text())))
                .toList();
    }
}
