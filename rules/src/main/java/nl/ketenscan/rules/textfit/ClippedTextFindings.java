package nl.ketenscan.rules.textfit;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * One failure per element whose text a change of size or spacing cut off, the first few on a page. Its
 * sentence is the rule's {@code clipped} (or, naming the ancestor that cuts it off, {@code clipped-by}),
 * so each rule says in its own words what the reader did.
 */
final class ClippedTextFindings {

    static final int MAX_FINDINGS = 10;

    private ClippedTextFindings() {
    }

    static List<Finding> of(RuleInfo rule, List<ClippedText> clipped) {
        return clipped.stream().limit(MAX_FINDINGS)
                .map(text -> rule.finding(Outcome.FAILED, text.selector(), Snippet.of(text.snippet()),
                        text.clippedBy() == null ? rule.message("clipped", text.text())
                                : rule.message("clipped-by", text.text(), text.clippedBy())))
                .toList();
    }
}
