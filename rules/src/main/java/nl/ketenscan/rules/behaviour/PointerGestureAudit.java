package nl.ketenscan.rules.behaviour;

import java.util.List;
import java.util.Set;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code pointer-gesture}: WCAG 2.5.1, an element that follows the pointer's path ({@code touchmove},
 * {@code pointermove}, {@code gesturestart}): a swipe, drag or pinch. Needs review: it passes when a
 * single tap or click (buttons beside a carousel) does the same.
 */
public final class PointerGestureAudit implements BehaviourAudit {

    private static final Set<String> PATH = Set.of("touchmove", "pointermove", "gesturestart");

    private static final RuleInfo INFO = new RuleInfo("pointer-gesture", List.of("2.5.1"), Impact.MODERATE,
            "Element dat reageert op vegen, slepen of knijpen, waarvoor misschien geen knop is.",
            "Element that responds to swiping, dragging or pinching, which may have no button instead.",
            "https://www.w3.org/WAI/WCAG21/Understanding/pointer-gestures.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        return behaviour.listeners().stream()
                .filter(l -> PATH.contains(l.type()) && !l.onWholePage())
                .map(PageBehaviour.Listener::target).distinct().limit(MAX_FINDINGS)
                .map(target -> INFO.finding(Outcome.NEEDS_REVIEW, target, Snippet.of(snippetOf(behaviour, target)),
                        INFO.message("path")))
                .toList();
    }

    private static String snippetOf(PageBehaviour behaviour, String target) {
        return behaviour.listeners().stream().filter(l -> l.target().equals(target)).findFirst()
                .map(PageBehaviour.Listener::snippet).orElse(null);
    }
}
