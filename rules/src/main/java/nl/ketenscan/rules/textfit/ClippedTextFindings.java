package nl.ketenscan.rules.textfit;

import nl.ketenscan.rules.Message;
import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/** One failure per element whose text a change of size or spacing cut off, the first few on a page. */
final class ClippedTextFindings {

    static final int MAX_FINDINGS = 10;

    private ClippedTextFindings() {
    }

    /** @param after what the reader did, completing "Tekst die ... wordt afgesneden", e.g. "bij 200% zoom" */
    static List<Finding> of(RuleInfo rule, List<ClippedText> clipped, String after) {
        return clipped.stream().limit(MAX_FINDINGS)
                .map(text -> rule.finding(Outcome.FAILED, text.selector(), Snippet.of(text.snippet()),
                        Message.verbatim("De tekst \"" + text.text() + "\" past " + after + " niet meer en wordt afgesneden"
                                + (text.clippedBy() == null ? "" : " door " + text.clippedBy())
                                + " (overflow: hidden). Geef het blok geen vaste hoogte of breedte, of laat het"
                                + " meegroeien met de tekst.")))
                .toList();
    }
}
