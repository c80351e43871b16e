package nl.ketenscan.rules.keyboard;

import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code focus-visible} (2.4.7, ACT rule oj04fd "Element in sequential focus order has visible
 * focus"): a tab stop the user sees whose focus changes nothing visible, neither its own look (outline,
 * shadow, border, background, colour, text decoration, pseudo-elements, size) nor that of what is around
 * it (ancestors, siblings, labels, first children). Any change counts as an indicator, a background
 * change too; whether it is clear enough is for {@link FocusIndicatorContrast} and a person. Elements of
 * one role without any change make one finding per page, which names how many more there are.
 */
public final class FocusVisible implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("focus-visible", List.of("2.4.7"), Impact.SERIOUS,
            "Onzichtbare focus: als dit element met Tab de focus krijgt, verandert er niets zichtbaars (ACT oj04fd).",
            "Invisible focus: when this element gets focus with Tab, nothing visible changes (ACT oj04fd).",
            "https://www.w3.org/WAI/WCAG21/Understanding/focus-visible.html", List.of("oj04fd"));

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
        SameLook unchanged = new SameLook();
        for (TabStop stop : Stops.forwardOnce(walk)) {
            if (Stops.seen(stop) && !"iframe".equals(stop.role()) && stop.before() != null && stop.after() != null
                    && !stop.after().differsFrom(stop.before())) {
                unchanged.add(stop.role(), stop, INFO.finding(Outcome.FAILED, stop.selector(), stop.snippet(),
                        INFO.message("unchanged", Stops.label(stop))));
            }
        }
        return unchanged.findings();
    }
}
