package nl.ketenscan.rules.behaviour;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code status-message-not-announced}: WCAG 4.1.3, text the page changed after it loaded outside any
 * live region ({@code aria-live}, {@code role=status|alert|log}, {@code output}). Needs review: a
 * status message must be announced, but late content may as well be content loaded late.
 */
public final class StatusMessageAudit implements BehaviourAudit {

    private static final RuleInfo INFO = new RuleInfo("status-message-not-announced", List.of("4.1.3"), Impact.MODERATE,
            "Tekst die na het laden van de pagina verschijnt of verandert, buiten een live region, zodat een "
                    + "schermlezer hem niet meldt.",
            "Text that appears or changes after the page loaded, outside a live region, so screen readers do not "
                    + "announce it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/status-messages.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        return behaviour.changes().stream().limit(MAX_FINDINGS)
                .map(change -> INFO.finding(Outcome.NEEDS_REVIEW, change.selector(), Snippet.of(change.snippet()),
                        INFO.message("appeared", change.text())))
                .toList();
    }
}
