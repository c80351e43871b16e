package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import nl.ketenscan.rules.dom.MainText;

/**
 * {@code sensory-instructions}: text in the main content that points at something by its shape,
 * colour, place or sound ("klik op de groene knop", "rechtsboven", "de ronde knop"; see
 * {@code sensory-phrases.txt}; on English pages "the green button", "top right", see
 * {@code sensory-phrases-en.txt}). WCAG 1.3.3 fails an instruction only when it relies on that alone;
 * "klik op de groene knop Verzenden" also names the button and passes. Whether the instruction names
 * it too is for a person to judge, so each block with such a phrase needs review, once, with every
 * phrase found in it.
 */
public final class SensoryInstructions implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("sensory-instructions", List.of("1.3.3"), Impact.MINOR,
            "Instructie die alleen te volgen is als je vorm, kleur, plaats of geluid waarneemt "
                    + "(\"klik op de groene knop\", \"rechtsboven\", \"de ronde knop\").",
            "Instruction that can only be followed by perceiving shape, colour, position or sound "
                    + "(\"click the green button\", \"top right\", \"the round button\").",
            "https://www.w3.org/WAI/WCAG21/Understanding/sensory-characteristics.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (MainText.Block block : MainText.of(page.document())) {
            List<String> phrases = SensoryPhrases.forLanguageOf(block.element()).in(block.text());
            if (!phrases.isEmpty()) {
                String quoted = phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, block.element().cssSelector(),
                        Snippet.of(block.element()), INFO.message("phrases", quoted)));
            }
        }
        return findings;
    }
}
