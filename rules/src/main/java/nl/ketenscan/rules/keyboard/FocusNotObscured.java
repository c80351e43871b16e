package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code focus-not-obscured} (WCAG 2.2's 2.4.11 Focus not obscured, minimum): a tab stop that, once
 * focused and scrolled into view, lies under the page's own content that stays in place, a sticky
 * header or a fixed banner. Entirely hidden fails: a keyboard user cannot see where focus is. Partly
 * hidden asks for review, as 2.4.11 allows that and a person judges whether enough shows. Each element
 * once per page.
 */
public final class FocusNotObscured implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("focus-not-obscured", List.of("2.4.11"), Impact.SERIOUS,
            "Verborgen focus: een element met de focus ligt onder een vaste kop of balk van de pagina (WCAG 2.2).",
            "Obscured focus: an element with focus lies under a sticky header or fixed banner of the page (WCAG 2.2).",
            "https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum.html");

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
        Set<String> judged = new HashSet<>();
        for (TabStop stop : walk.stops()) {
            if (stop.leftPage() || stop.obscuredShare() <= 0 || stop.obscuredBy() == null || !stop.visible()
                    || !judged.add(stop.selector())) {
                continue;
            }
            boolean hidden = stop.obscuredShare() >= 1;
            findings.add(INFO.finding(hidden ? Outcome.FAILED : Outcome.NEEDS_REVIEW, stop.selector(), stop.snippet(),
                    INFO.message(hidden ? "hidden" : "partly", Stops.label(stop), stop.obscuredBy())));
        }
        return findings;
    }
}
