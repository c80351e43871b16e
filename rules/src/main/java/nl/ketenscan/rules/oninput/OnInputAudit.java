package nl.ketenscan.rules.oninput;

import java.util.List;
import java.util.Set;

import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code on-input-context-change}: WCAG 3.2.2, choosing another option in a select list submits a
 * form, opens another page or a window by itself. Failed when the browser saw it try (the scan blocked
 * it): a keyboard user going through the options with the arrow keys is taken away at the first one.
 * A warning beforehand would make it pass, which a person sees in the message's element.
 */
public final class OnInputAudit implements BrowserAudit<InputChanges> {

    private static final RuleInfo INFO = new RuleInfo("on-input-context-change", List.of("3.2.2"), Impact.SERIOUS,
            "Keuzelijst die bij het kiezen van een andere optie meteen een formulier verstuurt, een andere pagina "
                    + "opent of een venster opent.",
            "Select list that submits a form, opens another page or opens a window as soon as another option is "
                    + "chosen.",
            "https://www.w3.org/WAI/WCAG21/Understanding/on-input.html");
    /** The kinds of change the bundle words (on-input-context-change.submit and so on); another is named as it is. */
    private static final Set<String> KINDS = Set.of("submit", "navigate", "window");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<InputChanges> artifact() {
        return InputChanges.class;
    }

    @Override
    public List<Finding> audit(InputChanges changes) {
        return changes.changes().stream()
                .map(change -> INFO.finding(Outcome.FAILED, change.selector(), Snippet.of(change.snippet()),
                        INFO.message("changes", what(change.kinds()))))
                .toList();
    }

    /** What choosing did, each kind worded and joined by "and": "submits the form and opens another page". */
    private static Object what(List<String> kinds) {
        Object what = null;
        for (String kind : kinds) {
            Object worded = KINDS.contains(kind) ? INFO.message(kind) : kind;
            what = what == null ? worded : INFO.message("and", what, worded);
        }
        return what == null ? "" : what;
    }
}
