package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code focus-order} (2.4.3), for a person to judge: elements with a positive {@code tabindex}, which
 * take them out of the document's order, and focus jumping far back up the page from one stop to the next
 * (content placed by CSS elsewhere than its place in the document). Whether the order still keeps the
 * meaning is not something the scan can tell.
 */
public final class FocusOrder implements BrowserAudit<TabWalk> {

    /** A jump up the page shorter than this is a column or a row of a layout, not a different part. */
    static final double JUMP_UP_PX = 400;
    /** Jumps named per page: past a few, the same layout repeats the same question. */
    static final int MAX_JUMPS = 3;

    private static final RuleInfo INFO = new RuleInfo("focus-order", List.of("2.4.3"), Impact.MODERATE,
            "Focusvolgorde om te beoordelen: een positieve tabindex, of de focus springt ver terug omhoog op de pagina.",
            "Focus order to review: a positive tabindex, or focus jumping far back up the page.",
            "https://www.w3.org/WAI/WCAG21/Understanding/focus-order.html");

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
        List<TabStop> stops = Stops.forwardOnce(walk);
        for (TabStop stop : stops) {
            if (stop.tabIndex() > 0) {
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, stop.selector(), stop.snippet(),
                        INFO.message("tabindex", Stops.label(stop), stop.tabIndex())));
            }
        }
        int jumps = 0;
        for (int i = 1; i < stops.size() && jumps < MAX_JUMPS; i++) {
            TabStop from = stops.get(i - 1);
            TabStop to = stops.get(i);
            if (Stops.seen(from) && Stops.seen(to) && from.tabIndex() <= 0 && to.tabIndex() <= 0
                    && to.box().y() + to.box().height() < from.box().y() - JUMP_UP_PX) {
                jumps++;
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, to.selector(), to.snippet(),
                        INFO.message("jump", Stops.label(from), Math.round(from.box().y() - to.box().y()), Stops.label(to))));
            }
        }
        return findings;
    }
}
