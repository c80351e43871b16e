package nl.ketenscan.rules.behaviour;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code moving-content-no-pause}: WCAG 2.2.2, something that moves for more than five seconds on a
 * page with no control named pause, stop or play. Needs review: the scan cannot tell decoration from
 * content, nor find a control named otherwise. {@code blink} and {@code marquee} are axe's.
 */
public final class MovingContentAudit implements BehaviourAudit {

    /** The criterion's limit: moving content that stops within five seconds may go on without a control. */
    static final long LIMIT_MILLIS = 5_000;

    private static final RuleInfo INFO = new RuleInfo("moving-content-no-pause", List.of("2.2.2"), Impact.SERIOUS,
            "Inhoud die langer dan vijf seconden beweegt, op een pagina zonder knop om haar te pauzeren of te stoppen.",
            "Content that moves for more than five seconds, on a page without a control to pause or stop it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/pause-stop-hide.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        if (behaviour.pauseControl()) {
            return List.of();
        }
        return behaviour.animations().stream()
                .filter(animation -> animation.millis() < 0 || animation.millis() > LIMIT_MILLIS)
                .limit(MAX_FINDINGS)
                .map(animation -> INFO.finding(Outcome.NEEDS_REVIEW, animation.selector(), Snippet.of(animation.snippet()),
                        animation.millis() < 0 ? INFO.message("endless")
                                : INFO.message("seconds", animation.millis() / 1000)))
                .toList();
    }
}
