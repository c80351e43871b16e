package nl.ketenscan.rules.keyboard;

import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code skip-link-target} (2.4.1): a link to a place on the same page among the first three tab stops
 * (a skip link) that does not take the keyboard there: its fragment names no element, or Tab after Enter
 * on it reaches an element before its target. Chromium moves the starting point of Tab to the target of
 * a fragment link, also when the target cannot take focus itself, so a working skip link passes without a
 * {@code tabindex} on its target. When nothing follows the target that can take focus, it is not judged.
 */
public final class SkipLinkTarget implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("skip-link-target", List.of("2.4.1"), Impact.SERIOUS,
            "Een link om blokken over te slaan (\"direct naar de inhoud\") brengt de toetsenbordfocus niet naar "
                    + "zijn doel.",
            "A skip link (\"skip to content\") does not take keyboard focus to its target.",
            "https://www.w3.org/WAI/WCAG21/Understanding/bypass-blocks.html");

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
        return walk.skipLinkTest().filter(test -> !test.reachedTarget())
                .filter(test -> test.target() == null || test.focusAfter() != null)
                .map(test -> List.of(INFO.finding(Outcome.FAILED, test.selector(), test.snippet(),
                        test.target() == null ? INFO.message("no-target", test.name(), test.href())
                                : INFO.message("missed", test.name(), test.focusAfter(), test.target()))))
                .orElse(List.of());
    }
}
