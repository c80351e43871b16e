package nl.ketenscan.rules.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import org.jsoup.nodes.Element;

/**
 * {@code link-text-ambiguous}: links on one page with the same accessible name that go to
 * different {@linkplain Destination destinations}, such as three "Lees meer" links under three
 * news items. In a screen reader's list of links they are indistinguishable. Each of them is
 * reported, so every one can be found. It needs review: WCAG 2.4.4 accepts the same text when the
 * context of each link tells them apart, which a person must judge.
 */
public final class LinkTextAmbiguous implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("link-text-ambiguous", List.of("2.4.4"), Impact.MODERATE,
            "Links met dezelfde tekst die naar verschillende pagina's gaan; wie een lijst van links gebruikt, "
                    + "kan ze niet uit elkaar houden.",
            "Links with the same text that go to different pages; people using a list of links cannot tell "
                    + "them apart.",
            "https://www.w3.org/WAI/WCAG21/Understanding/link-purpose-in-context.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        Map<String, List<Element>> linksByName = new LinkedHashMap<>();
        Map<String, Set<String>> destinationsByName = new LinkedHashMap<>();
        for (Element link : Links.of(page)) {
            String name = AccessibleName.of(link);
            Optional<String> destination = Destination.of(link);
            if (name.isEmpty() || destination.isEmpty()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            linksByName.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
            destinationsByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(destination.get());
        }
        List<Finding> findings = new ArrayList<>();
        linksByName.forEach((key, links) -> {
            int destinations = destinationsByName.get(key).size();
            if (destinations > 1) {
                String name = AccessibleName.of(links.get(0));
                for (Element link : links) {
                    findings.add(INFO.finding(Outcome.NEEDS_REVIEW, link.cssSelector(), Snippet.of(link),
                            INFO.message("ambiguous", links.size(), name, destinations)));
                }
            }
        });
        return findings;
    }
}
