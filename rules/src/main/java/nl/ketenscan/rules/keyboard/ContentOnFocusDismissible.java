package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code content-on-focus} (1.4.13): content that shows on focus (and hover) over other content, such as
 * a tooltip or sub-menu, that Escape does not hide while focus stays, or that disappears when the pointer
 * moves from its trigger onto it. Only content positioned over other content is judged (content that pushes
 * the rest aside obscures nothing), and only what showed again when its trigger was focused again.
 */
public final class ContentOnFocusDismissible implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("content-on-focus", List.of("1.4.13"), Impact.SERIOUS,
            "Inhoud die bij focus of hover verschijnt, is niet met Escape weg te halen of verdwijnt als de muis erop gaat.",
            "Content that appears on focus or hover cannot be dismissed with Escape, or disappears when the pointer "
                    + "moves onto it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/content-on-hover-or-focus.html");

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
        for (ContentOnFocus content : walk.contents()) {
            if (!content.overlays() || !content.showsOnFocus()) {
                continue;
            }
            if (!content.escapeHides()) {
                findings.add(INFO.finding(Outcome.FAILED, content.content(), null, INFO.message("escape", content.trigger(), content.content())));
            }
            if (Boolean.TRUE.equals(content.showsOnHover()) && Boolean.FALSE.equals(content.staysUnderPointer())) {
                findings.add(INFO.finding(Outcome.FAILED, content.content(), null, INFO.message("pointer", content.trigger(), content.content())));
            }
        }
        return findings;
    }
}
