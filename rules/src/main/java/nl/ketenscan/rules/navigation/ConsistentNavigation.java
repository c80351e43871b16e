package nl.ketenscan.rules.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;

/**
 * {@code navigation-order-inconsistent}: a navigation block that a site repeats on its pages, with its
 * links in another order on some of them. WCAG 3.2.3 asks that repeated navigation keeps the same
 * relative order; people who learned where "Contact" is, by sight, by tab count or by screen reader,
 * find it elsewhere. It fails where proven: a block of the same name (label, id or place in the
 * template) whose shared links, at least three, stand in another order than on most pages.
 *
 * <p>Only the order of the links both pages have counts, so a menu that opens the current section's
 * sub-items, or marks the current page, passes. Blocks that share less than four fifths of the smaller
 * one's links are not the same navigation (a list of related pages that differs per page) and are not
 * compared.
 */
public final class ConsistentNavigation implements SiteRule {

    private static final RuleInfo INFO = new RuleInfo("navigation-order-inconsistent", List.of("3.2.3"), Impact.MODERATE,
            "Een navigatieblok dat op de pagina's van een website terugkomt, staat op sommige pagina's in een "
                    + "andere volgorde.",
            "A navigation block that a website repeats on its pages has its links in another order on some pages.",
            "https://www.w3.org/WAI/WCAG21/Understanding/consistent-navigation.html");

    private static final int MIN_SHARED = 3;
    private static final double MIN_OVERLAP = 0.8;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Map<String, List<Finding>> check(List<PageResult> pages) {
        Map<String, List<Placed>> byKey = new LinkedHashMap<>();
        for (PageResult page : SitePages.of(pages)) {
            PageNavigation navigation = page.facts().navigation();
            if (navigation != null) {
                navigation.blocks().forEach(block -> byKey.computeIfAbsent(block.key(), k -> new ArrayList<>())
                        .add(new Placed(page, block)));
            }
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        byKey.forEach((key, placed) -> {
            if (placed.size() < 2) {
                return;
            }
            NavigationBlock usual = mostCommon(placed);
            for (Placed other : placed) {
                List<String> shared = shared(usual, other.block());
                if (shared == null) {
                    continue;
                }
                List<String> order = other.block().destinations().stream().filter(shared::contains).toList();
                if (!order.equals(shared)) {
                    findings.computeIfAbsent(other.page().url(), k -> new ArrayList<>())
                            .add(finding(usual, other.block(), shared, order));
                }
            }
        });
        return findings;
    }

    /** A block as it stands on one page. */
    private record Placed(PageResult page, NavigationBlock block) {
    }

    /** The block's destinations in the order most pages have them. */
    private static NavigationBlock mostCommon(List<Placed> placed) {
        Map<List<String>, Integer> counts = new HashMap<>();
        NavigationBlock best = placed.get(0).block();
        int bestCount = 0;
        for (Placed p : placed) {
            int count = counts.merge(p.block().destinations(), 1, Integer::sum);
            if (count > bestCount) {
                best = p.block();
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The destinations both blocks have, in the usual block's order; null when they are too few, or
     * too small a part of the smaller block, to be the same navigation.
     */
    private static List<String> shared(NavigationBlock usual, NavigationBlock other) {
        Set<String> others = new HashSet<>(other.destinations());
        List<String> shared = usual.destinations().stream().filter(others::contains).toList();
        int smaller = Math.min(usual.links().size(), other.links().size());
        return shared.size() >= MIN_SHARED && shared.size() >= MIN_OVERLAP * smaller ? shared : null;
    }

    private static Finding finding(NavigationBlock usual, NavigationBlock here, List<String> usualOrder, List<String> order) {
        int first = 0;
        while (usualOrder.get(first).equals(order.get(first))) {
            first++;
        }
        String expected = nameOf(usual, usualOrder.get(first));
        String found = nameOf(here, order.get(first));
        return INFO.finding(Outcome.FAILED, here.selector(), null,
                INFO.message("order", expected, found));
    }

    private static String nameOf(NavigationBlock block, String destination) {
        return block.links().stream().filter(l -> l.destination().equals(destination))
                .map(NavigationLink::name).findFirst().orElse(destination);
    }
}
