package nl.ketenscan.rules.headings;

import nl.ketenscan.rules.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import nl.ketenscan.rules.dom.Hidden;
import nl.ketenscan.rules.links.AccessibleName;
import org.jsoup.nodes.Element;

/**
 * {@code heading-not-descriptive}: headings that cannot describe their section, for WCAG 2.4.6 as
 * the ACT rule "Heading is descriptive" (b49b2e) reads it. An empty heading (screen readers announce
 * "heading level 2" and nothing) and a placeholder left by a template ("Kop 2", "Heading", "Lorem
 * ipsum") fail: neither can describe anything. Two headings with the same text among siblings (same
 * level, under the same heading above them) need review: "Contact" twice under "Burgerzaken" tells
 * the sections apart for no one, but a person must judge whether they are two sections at all.
 *
 * <p>Headings hidden from assistive technology are left out; a heading whose only content is an image
 * takes its name from the image's alt, as screen readers do.
 */
public final class HeadingNotDescriptive implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("heading-not-descriptive", List.of("2.4.6"), Impact.MODERATE,
            "Kop die zijn onderdeel niet kan beschrijven: leeg, een standaardtekst als \"Kop 2\", of dezelfde "
                    + "tekst als een kop ernaast.",
            "Heading that cannot describe its section: empty, a default text such as \"Heading 2\", or the same "
                    + "text as a heading beside it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/headings-and-labels.html", List.of("b49b2e"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        List<Heading> outline = new ArrayList<>();
        Map<Siblings, Heading> firstAmongSiblings = new HashMap<>();
        for (Element element : page.document().select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
            if (Hidden.fromAssistiveTechWithAncestors(element)) {
                continue;
            }
            // a no-break space is what a CMS leaves in a heading emptied in its editor
            String name = AccessibleName.of(element).replace('\u00A0', ' ').strip();
            Heading heading = new Heading(element, level(element), name, parent(outline, level(element)));
            outline.add(heading);
            if (heading.name().isEmpty()) {
                findings.add(finding(Outcome.FAILED, element, INFO.message("empty")));
            } else if (Placeholders.isHeadingPlaceholder(heading.name())) {
                findings.add(finding(Outcome.FAILED, element, INFO.message("placeholder", heading.name())));
            } else {
                Siblings siblings = new Siblings(heading.parent(), heading.level(), Placeholders.key(heading.name()));
                Heading first = firstAmongSiblings.putIfAbsent(siblings, heading);
                if (first != null) {
                    findings.add(finding(Outcome.NEEDS_REVIEW, element,
                            INFO.message("duplicate-sibling", heading.name())));
                }
            }
        }
        return findings;
    }

    /** A heading in the page's outline, under the nearest heading before it of a higher level (null at the top). */
    private record Heading(Element element, int level, String name, Heading parent) {
    }

    /** Headings of one level under one parent with one text; elements compare by identity, as jsoup's do. */
    private record Siblings(Heading parent, int level, String text) {
    }

    private static Heading parent(List<Heading> outline, int level) {
        for (int i = outline.size() - 1; i >= 0; i--) {
            if (outline.get(i).level() < level) {
                return outline.get(i);
            }
        }
        return null;
    }

    /** h1 to h6 by name; role="heading" by aria-level, level 2 without one, as browsers expose it. */
    static int level(Element element) {
        if (element.hasAttr("role") && element.attr("aria-level").matches("\\s*[1-9]\\s*")) {
            return Integer.parseInt(element.attr("aria-level").trim());
        }
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1)) ? name.charAt(1) - '0' : 2;
    }

    private static Finding finding(Outcome outcome, Element element, Message message) {
        return INFO.finding(outcome, element.cssSelector(), Snippet.of(element), message);
    }
}
