package nl.ketenscan.rules.links;

import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import org.jsoup.nodes.Element;

/**
 * {@code link-text-generic}: a link whose accessible name says nothing about where it goes ("Klik
 * hier", "Lees meer", "Download"; see {@code generic-link-texts.txt}) and that has no
 * {@linkplain LinkContext programmatic context} either. axe's {@code link-name} passes such a link,
 * because it has a name. It needs review rather than fails: the text around it may still tell the
 * purpose in a way only a person can judge.
 */
public final class LinkTextGeneric implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("link-text-generic", List.of("2.4.4"), Impact.MODERATE,
            "Linktekst die niet zegt waar de link heen gaat (\"klik hier\", \"lees meer\", \"download\"), "
                    + "zonder context in dezelfde zin, hetzelfde lijstitem of dezelfde tabelcel.",
            "Link text that does not say where the link goes (\"click here\", \"read more\", \"download\"), "
                    + "with no context in the same sentence, list item or table cell.",
            "https://www.w3.org/WAI/WCAG21/Understanding/link-purpose-in-context.html", List.of("5effbb"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (Element link : Links.of(page)) {
            String name = AccessibleName.of(link);
            if (GenericLinkTexts.isGeneric(name) && !LinkContext.hasContext(link)) {
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, link.cssSelector(), Snippet.of(link),
                        INFO.message("generic", name)));
            }
        }
        return findings;
    }
}
