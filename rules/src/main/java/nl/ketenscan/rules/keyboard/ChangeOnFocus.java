package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code change-on-focus} (3.2.1): getting focus changed the context, seen during the walk. Starting a
 * navigation or opening a window is failed (the walk cancelled it). A script moving focus on is failed
 * when the element was a visible one; from an invisible element (a focus guard of a dialog, which sends
 * focus back inside) it is for a person to judge. Focus handed to an element inside the one that got it is
 * not a change: the walk counts the inner element as the stop.
 */
public final class ChangeOnFocus implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("change-on-focus", List.of("3.2.1"), Impact.SERIOUS,
            "Contextwijziging bij focus: als dit element de focus krijgt, opent een andere pagina of venster, of "
                    + "springt de focus elders heen.",
            "Change of context on focus: when this element gets focus, another page or window opens, or focus "
                    + "jumps elsewhere.",
            "https://www.w3.org/WAI/WCAG21/Understanding/on-focus.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<TabWalk> artifact() {
        return TabWalk.class;
    }

    @Override
    public List<Finding> audit(TabWalk walk) {
        List<Finding> findings = new ArrayList<>();
        for (TabStop stop : Stops.forwardOnce(walk)) {
            String label = Stops.label(stop);
            if (stop.navigatedTo() != null) {
                findings.add(INFO.finding(Outcome.FAILED, stop.selector(), stop.snippet(),
                        INFO.message("navigates", label, stop.navigatedTo())));
            } else if (stop.openedWindow() != null) {
                findings.add(INFO.finding(Outcome.FAILED, stop.selector(), stop.snippet(),
                        INFO.message("window", label, stop.openedWindow())));
            } else if (stop.focusMovedTo() != null) {
                findings.add(INFO.finding(Stops.seen(stop) ? Outcome.FAILED : Outcome.NEEDS_REVIEW, stop.selector(),
                        stop.snippet(), INFO.message("focus-moved", label, stop.focusMovedTo())));
            }
        }
        return findings;
    }
}
