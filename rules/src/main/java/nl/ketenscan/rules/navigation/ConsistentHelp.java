package nl.ketenscan.rules.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;

/**
 * {@code help-inconsistent}: a way to get help (a contact page, a chat, questions answered) that the
 * site's template repeats, in another part of the page than on most pages. WCAG 2.2's 3.2.6 asks that
 * help offered on several pages stays in the same order relative to the rest of the page, so people
 * who rely on it find it where they found it before.
 *
 * <p>Help is recognised by the name or address of a link in a repeated navigation block (header, footer,
 * a {@code nav}); the part of the page is that block. A help link that most pages have in one block and
 * this page in another asks for review: the words that name help are a guess, and a person must judge
 * whether it is the same help, so it never fails. Links to {@code tel:} and {@code mailto:} are not noted
 * with the navigation and are not compared.
 */
public final class ConsistentHelp implements SiteRule {

    private static final RuleInfo INFO = new RuleInfo("help-inconsistent", List.of("3.2.6"), Impact.MODERATE,
            "Een manier om hulp te krijgen (contact, chat, vragen) die op de pagina's van een website terugkomt, "
                    + "staat op sommige pagina's op een andere plaats.",
            "A way to get help (contact, chat, questions) that a website repeats on its pages is in another place "
                    + "on some pages.",
            "https://www.w3.org/WAI/WCAG22/Understanding/consistent-help.html");

    /** Words naming help in Dutch and English, as whole words of a link's name, or a path segment. */
    private static final Pattern HELP = Pattern.compile(
            "\\b(contact|contacteer|hulp|help|chat|chatten|vragen|vraag|klantenservice|servicedesk|faq|support)\\b");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Map<String, List<Finding>> check(List<PageResult> pages) {
        Map<String, Map<String, Integer>> blocksByHelp = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (PageResult page : SitePages.of(pages)) {
            PageNavigation navigation = page.facts().navigation();
            if (navigation == null) {
                continue;
            }
            Map<String, NavigationBlock> seen = new LinkedHashMap<>();
            for (NavigationBlock block : navigation.blocks()) {
                for (NavigationLink link : block.links()) {
                    if (isHelp(link) && !seen.containsKey(link.destination())) {
                        seen.put(link.destination(), block);
                        blocksByHelp.computeIfAbsent(link.destination(), k -> new HashMap<>())
                                .merge(block.key(), 1, Integer::sum);
                    }
                }
            }
            seen.forEach((destination, block) -> placed.add(new Placed(page, destination, block)));
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Placed help : placed) {
            String usual = usualBlock(blocksByHelp.get(help.destination()));
            if (usual != null && !usual.equals(help.block().key())) {
                findings.computeIfAbsent(help.page().url(), k -> new ArrayList<>())
                        .add(INFO.finding(Outcome.NEEDS_REVIEW, help.block().selector(), null,
                                INFO.message("moved", nameOf(help))));
            }
        }
        return findings;
    }

    /** A help link as one page has it, in the first block that holds it. */
    private record Placed(PageResult page, String destination, NavigationBlock block) {
    }

    private static boolean isHelp(NavigationLink link) {
        String name = link.name().toLowerCase(Locale.ROOT);
        String path = link.destination().toLowerCase(Locale.ROOT).replaceAll("^[a-z]+://[^/]*", "")
                .replaceAll("[/_-]", " ");
        return HELP.matcher(name).find() || HELP.matcher(path).find();
    }

    /** The block most pages have the help in; null when no block holds it on more than half of them. */
    private static String usualBlock(Map<String, Integer> blocks) {
        int pages = blocks.values().stream().mapToInt(Integer::intValue).sum();
        return blocks.entrySet().stream().filter(e -> e.getValue() * 2 > pages).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String nameOf(Placed help) {
        return help.block().links().stream().filter(l -> l.destination().equals(help.destination()))
                .map(NavigationLink::name).findFirst().orElse(help.destination());
    }
}
