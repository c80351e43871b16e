package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code keyboard-trap} (2.1.2, ACT rule 80af7b "Focusable element has no keyboard trap"): Tab went
 * round inside a part of the page after coming from outside it, and neither Shift+Tab nor Escape got
 * focus out. Failed only then: focus must have been seen outside the cycle first, so a page whose whole
 * tab order is the cycle (or a dialog open from the start) is not taken for a trap; a dialog that keeps
 * focus but closes with Escape passes, as 2.1.2 allows a standard way out.
 */
public final class KeyboardTrap implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("keyboard-trap", List.of("2.1.2"), Impact.CRITICAL,
            "Toetsenbordval: met Tab blijft de focus rondgaan in een deel van de pagina, en Shift+Tab of Escape "
                    + "brengt haar er niet uit (ACT 80af7b).",
            "Keyboard trap: Tab keeps focus going round inside part of the page, and neither Shift+Tab nor Escape "
                    + "gets it out (ACT 80af7b).",
            "https://www.w3.org/WAI/WCAG21/Understanding/no-keyboard-trap.html", List.of("80af7b"));

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
        List<TabStop> forward = walk.stops(TabStop.Direction.FORWARD);
        List<TabStop> backward = walk.stops(TabStop.Direction.BACKWARD);
        List<TabStop> afterEscape = walk.stops(TabStop.Direction.AFTER_ESCAPE);
        if (walk.end() != TabWalk.WalkEnd.CYCLED || backward.isEmpty() || afterEscape.isEmpty()) {
            return List.of();
        }
        Set<String> cycle = cycle(forward);
        boolean enteredFromOutside = forward.stream()
                .anyMatch(stop -> stop.leftPage() || !cycle.contains(stop.selector()));
        if (cycle.isEmpty() || !enteredFromOutside || leaves(backward, cycle) || leaves(afterEscape, cycle)) {
            return List.of();
        }
        TabStop first = forward.stream().filter(stop -> cycle.contains(stop.selector())).findFirst().orElseThrow();
        return List.of(INFO.finding(Outcome.FAILED, first.selector(), first.snippet(),
                INFO.message("cycle", String.join(", ", cycle))));
    }

    /** The stops between the first element focus came back to and its return, in the first stretch that has one. */
    private static Set<String> cycle(List<TabStop> forward) {
        List<String> stretch = new ArrayList<>();
        for (TabStop stop : forward) {
            if (stop.leftPage()) {
                stretch.clear();
                continue;
            }
            int seen = stretch.indexOf(stop.selector());
            if (seen >= 0) {
                return new LinkedHashSet<>(stretch.subList(seen, stretch.size()));
            }
            stretch.add(stop.selector());
        }
        return Set.of();
    }

    private static boolean leaves(List<TabStop> stops, Set<String> cycle) {
        return stops.stream().anyMatch(stop -> stop.leftPage() || !cycle.contains(stop.selector()));
    }
}
