package nl.ketenscan.rules.keyboard;

import nl.ketenscan.rules.Message;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code click-without-keyboard} (2.1.1): a visible element that acts on a click but that keyboard focus
 * cannot reach (the walk already left out elements with a focusable element around or inside them, labels,
 * disabled ones, and items of a composite widget with a focusable part). Failed when the element says it
 * is a control (a role such as button or link), or has an {@code onclick} handler and the hand cursor;
 * an {@code onclick} without that cursor, or a click listener with it, is for a person to judge (a listener
 * may only count clicks). A listener on an element without the hand cursor is not reported.
 */
public final class ClickWithoutKeyboard implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("click-without-keyboard", List.of("2.1.1"), Impact.SERIOUS,
            "Werkt alleen met de muis: dit element reageert op klikken, maar is met het toetsenbord niet te bereiken.",
            "Mouse only: this element responds to clicks but cannot be reached with the keyboard.",
            "https://www.w3.org/WAI/WCAG21/Understanding/keyboard.html");

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
        return walk.clickTargets().stream()
                .filter(target -> target.how() != ClickTarget.How.LISTENER || target.pointerCursor())
                .map(target -> INFO.finding(outcome(target), target.selector(), target.snippet(), message(target)))
                .toList();
    }

    private static Outcome outcome(ClickTarget target) {
        return switch (target.how()) {
            case ROLE -> Outcome.FAILED;
            case ATTRIBUTE, PROPERTY -> target.pointerCursor() ? Outcome.FAILED : Outcome.NEEDS_REVIEW;
            case LISTENER -> Outcome.NEEDS_REVIEW;
        };
    }

    private static Message message(ClickTarget target) {
        String what = target.name() == null || target.name().isBlank() ? target.role() : "\"" + target.name() + "\"";
        return switch (target.how()) {
            case ROLE -> INFO.message("role", what, target.role());
            case ATTRIBUTE, PROPERTY -> INFO.message("onclick", what);
            case LISTENER -> INFO.message("listener", what);
        };
    }
}
