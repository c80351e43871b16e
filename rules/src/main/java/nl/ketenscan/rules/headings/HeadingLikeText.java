package nl.ketenscan.rules.headings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code heading-like-text}: a paragraph that is nothing but a short bold text, followed by text it
 * seems to head: {@code <p><strong>Openingstijden</strong></p><p>Maandag tot vrijdag…</p>}. Seen,
 * it is a heading; to a screen reader it is a paragraph, and the heading is missing from the list of
 * headings (WCAG 1.3.1, failure F2). axe's experimental {@code p-as-heading} does not see this one
 * (and stays off, see {@code AxeRuleSelection}); this rule needs no browser.
 *
 * <p>It needs review: a short bold line may be a label or a stress ("Let op:" ends with a colon and is
 * left out, as is text that ends a sentence). Only the page's content counts; the template's header,
 * navigation and footer are left out.
 */
public final class HeadingLikeText implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("heading-like-text", List.of("1.3.1"), Impact.MODERATE,
            "Tekst die eruitziet als een kop (een korte vetgedrukte regel boven een alinea) maar geen kop is "
                    + "in de code, zodat schermlezers hem niet als kop kennen.",
            "Text that looks like a heading (a short bold line above a paragraph) but is not marked up as one, "
                    + "so screen readers do not know it as a heading.",
            "https://www.w3.org/WAI/WCAG21/Techniques/failures/F2");

    private static final int MAX_WORDS = 8;
    private static final int MAX_CHARACTERS = 70;
    private static final Set<String> BOLD = Set.of("strong", "b");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "ul", "ol", "dl", "table");
    private static final Pattern ENDS_AS_SENTENCE_OR_LABEL = Pattern.compile("[.!?:;,]\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A heading has words; a bold amount or date ("€ 80,25") is stressed, not a heading. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (Element paragraph : page.document().select("p")) {
            Element next = paragraph.nextElementSibling();
            if (next == null || !TEXT_BLOCKS.contains(next.normalName()) || !onlyBoldText(paragraph)
                    || inTemplate(paragraph) || Hidden.fromAssistiveTechWithAncestors(paragraph)) {
                continue;
            }
            String text = SPACE.matcher(paragraph.text()).replaceAll(" ").strip();
            if (!text.isEmpty() && text.length() <= MAX_CHARACTERS && text.split(" ").length <= MAX_WORDS
                    && WORD.matcher(text).find() && !ENDS_AS_SENTENCE_OR_LABEL.matcher(text).find()
                    && !next.text().isBlank()) {
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, paragraph.cssSelector(), Snippet.of(paragraph),
                        INFO.message("bold-paragraph", text)));
            }
        }
        return findings;
    }

    /** Whether all of the paragraph's text is inside one strong or b element, and there is some. */
    private static boolean onlyBoldText(Element paragraph) {
        Element bold = null;
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return false;
                }
            } else if (child instanceof Element element) {
                if (element.nameIs("br")) {
                    continue;
                }
                if (bold != null || !BOLD.contains(element.normalName())) {
                    return false;
                }
                bold = element;
            }
        }
        return bold != null && bold.select("a, img, input, button").isEmpty();
    }

    private static boolean inTemplate(Element element) {
        return element.closest("header, nav, footer, [role=banner], [role=navigation], [role=contentinfo], li, td, th") != null;
    }
}
