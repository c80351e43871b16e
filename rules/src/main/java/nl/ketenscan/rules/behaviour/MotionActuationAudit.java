package nl.ketenscan.rules.behaviour;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code motion-actuation}: WCAG 2.5.4, a page that listens to the device's motion or orientation.
 * Needs review: whether shaking or tilting operates something, and whether a control does the same
 * and the motion can be turned off, is for a person to try.
 */
public final class MotionActuationAudit implements BehaviourAudit {

    private static final RuleInfo INFO = new RuleInfo("motion-actuation", List.of("2.5.4"), Impact.MODERATE,
            "Pagina die reageert op bewegen of kantelen van het apparaat.",
            "Page that responds to moving or tilting the device.",
            "https://www.w3.org/WAI/WCAG21/Understanding/motion-actuation.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        return behaviour.listeners().stream()
                .filter(listener -> listener.type().equals("devicemotion") || listener.type().equals("deviceorientation"))
                .limit(1)
                .map(listener -> INFO.finding(Outcome.NEEDS_REVIEW, null, null, INFO.message("listener", listener.type())))
                .toList();
    }
}
