package nl.ketenscan.rules.links;

import java.util.List;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;

/** The links of a page that screen reader users meet: elements with an href, not hidden from them. */
final class Links {

    private Links() {
    }

    static List<Element> of(PageContent page) {
        return page.document().select("a[href], area[href]").stream()
                .filter(link -> !Hidden.fromAssistiveTechWithAncestors(link))
                .toList();
    }
}
