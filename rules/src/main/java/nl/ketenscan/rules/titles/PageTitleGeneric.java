package nl.ketenscan.rules.titles;

import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import org.jsoup.nodes.Element;

/**
 * {@code page-title-generic}: a title that does not name the page's topic. An authoring tool's
 * default ("Untitled", "Nieuw document", "Pagina | Gemeente Lindeveen") fails WCAG 2.4.2, as
 * failure F25 describes. A title that only says "Home" or "Welkom", or whose own part is empty
 * (" | Gemeente Lindeveen"), needs review: on a home page it may be meant. A missing or empty title
 * is left to axe's {@code document-title}.
 */
public final class PageTitleGeneric implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("page-title-generic", List.of("2.4.2"), Impact.MODERATE,
            "Paginatitel die het onderwerp van de pagina niet noemt: een standaardtitel zoals \"Untitled\" of "
                    + "\"Nieuw document\", alleen \"Home\", of alleen de naam van de website.",
            "Page title that does not name the page's topic: a default such as \"Untitled\" or \"New document\", "
                    + "just \"Home\", or only the name of the website.",
            "https://www.w3.org/WAI/WCAG21/Understanding/page-titled.html", List.of("c4a8a4"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        Element title = page.document().selectFirst("title");
        if (title == null || title.text().isBlank()) {
            return List.of();
        }
        String text = title.text().strip();
        return switch (GenericTitles.classify(text)) {
            case DESCRIPTIVE -> List.of();
            case PLACEHOLDER -> List.of(finding(Outcome.FAILED, title, INFO.message("placeholder", text)));
            case VAGUE -> List.of(finding(Outcome.NEEDS_REVIEW, title, INFO.message("vague", text)));
            case SITE_NAME_ONLY -> List.of(finding(Outcome.NEEDS_REVIEW, title, INFO.message("site-name-only", text)));
        };
    }

    private static Finding finding(Outcome outcome, Element title, Message message) {
        return INFO.finding(outcome, title.cssSelector(), Snippet.of(title), message);
    }
}
