package nl.ketenscan.rules.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * reported, so every one can be found.
 *
 * <p>When their {@linkplain ProgrammaticContext programmatic context} is the same too (the same
 * paragraph, list item or cell text, the same heading above them), nothing a screen reader user can
 * reach tells them apart, and they fail WCAG 2.4.4 as ACT rule fd3a94 describes: "Download" twice after
 * "Afvalkalender 2025", one the PDF and one the Word file. That is proven only when the destinations
 * differ in more than their query, which may be tracking or a parameter the site ignores; such links,
 * and links whose contexts differ, need review: WCAG accepts the same text when the context tells
 * them apart, which a person must judge.
 */
public final class LinkTextAmbiguous implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("link-text-ambiguous", List.of("2.4.4"), Impact.MODERATE,
            "Links met dezelfde tekst die naar verschillende pagina's gaan; wie een lijst van links gebruikt, "
                    + "kan ze niet uit elkaar houden.",
            "Links with the same text that go to different pages; people using a list of links cannot tell "
                    + "them apart.",
            "https://www.w3.org/WAI/WCAG21/Understanding/link-purpose-in-context.html", List.of("fd3a94"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        Map<String, List<Element>> linksByName = new LinkedHashMap<>();
        Map<Element, String> destinations = new IdentityHashMap<>();
        for (Element link : Links.of(page)) {
            String name = AccessibleName.of(link);
            Optional<String> destination = Destination.of(link);
            if (name.isEmpty() || destination.isEmpty()) {
                continue;
            }
            linksByName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(link);
            destinations.put(link, destination.get());
        }
        List<Element> ambiguous = linksByName.values().stream()
                .filter(links -> links.stream().map(destinations::get).distinct().count() > 1)
                .flatMap(List::stream).toList();
        ProgrammaticContext context = ProgrammaticContext.of(ambiguous);
        List<Finding> findings = new ArrayList<>();
        linksByName.values().forEach(links -> {
            long count = links.stream().map(destinations::get).distinct().count();
            if (count > 1) {
                String name = AccessibleName.of(links.get(0));
                Map<Element, String> contextOf = new IdentityHashMap<>();
                Map<String, List<Element>> byContext = new HashMap<>();
                for (Element link : links) {
                    contextOf.put(link, context.of(link));
                    byContext.computeIfAbsent(contextOf.get(link), k -> new ArrayList<>()).add(link);
                }
                for (Element link : links) {
                    List<Element> sameContext = byContext.get(contextOf.get(link));
                    String to = withoutQuery(destinations.get(link));
                    boolean proven = sameContext.stream().anyMatch(other ->
                            !withoutQuery(destinations.get(other)).equals(to) && !context.toldApart(link, other));
                    findings.add(proven
                            ? INFO.finding(Outcome.FAILED, link.cssSelector(), Snippet.of(link),
                                    INFO.message("ambiguous-in-context", sameContext.size(), name))
                            : INFO.finding(Outcome.NEEDS_REVIEW, link.cssSelector(), Snippet.of(link),
                                    INFO.message("ambiguous", links.size(), name, count)));
                }
            }
        });
        return findings;
    }

    /** The destination without its query, a trailing slash or index page: what surely is another page. */
    private static String withoutQuery(String destination) {
        return destination.replaceFirst("\\?.*$", "").replaceFirst("/(?:index\\.html?)?$", "");
    }
}
