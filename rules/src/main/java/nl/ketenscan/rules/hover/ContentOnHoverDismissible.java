package nl.ketenscan.rules.hover;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code content-on-hover} (1.4.13): content that shows when the pointer is on an element, over other
 * content, and that Escape does not hide (not dismissible: failed) or that disappears when the pointer
 * moves onto it (not hoverable: failed). When the pointer could not be moved onto it, whether it can be
 * read under the pointer is left to a person. Content that pushes the rest aside obscures nothing and is
 * not judged, as {@link nl.ketenscan.rules.keyboard.ContentOnFocusDismissible} does for focus.
 */
public final class ContentOnHoverDismissible implements BrowserAudit<HoverContents> {

    private static final RuleInfo INFO = new RuleInfo("content-on-hover", List.of("1.4.13"), Impact.SERIOUS,
            "Inhoud die verschijnt als de muis op een element staat, is niet met Escape weg te halen of verdwijnt "
                    + "als de muis erop gaat.",
            "Content that appears when the pointer is on an element cannot be dismissed with Escape, or disappears "
                    + "when the pointer moves onto it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/content-on-hover-or-focus.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<HoverContents> artifact() {
        return HoverContents.class;
    }

    @Override
    public List<Finding> audit(HoverContents hovered) {
        List<Finding> findings = new ArrayList<>();
        for (HoverContent content : hovered.contents()) {
            if (!content.overlays()) {
                continue;
            }
            String snippet = content.snippet() == null ? null : Snippet.of(content.snippet());
            if (!content.escapeHides()) {
                findings.add(INFO.finding(Outcome.FAILED, content.content(), snippet,
                        INFO.message("escape", content.trigger())));
            }
            if (Boolean.FALSE.equals(content.staysUnderPointer())) {
                findings.add(INFO.finding(Outcome.FAILED, content.content(), snippet,
                        INFO.message("pointer", content.trigger())));
            } else if (content.staysUnderPointer() == null && content.escapeHides()) {
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, content.content(), snippet,
                        INFO.message("untried", content.trigger())));
            }
        }
        return findings;
    }
}
