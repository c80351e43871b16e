package nl.ketenscan.rules.navigation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.dom.Hidden;
import nl.ketenscan.rules.links.AccessibleName;
import nl.ketenscan.rules.links.Destination;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How a page lets visitors move through its site, noted for the site rules of WCAG 3.2.3, 3.2.4 and
 * 2.4.5, which compare pages: its navigation blocks, whether it offers a search function or a link to
 * a site map or A–Z index, and how many links to other pages it has outside the blocks (in its content,
 * as "related pages" are).
 *
 * @param otherLinks links to other pages of the same host outside the navigation blocks
 */
public record PageNavigation(List<NavigationBlock> blocks, boolean search, boolean siteMap, int otherLinks) {

    private static final String NAVIGATION = "nav, [role=navigation]";
    /** {@link #NAVIGATION} parsed once: it is asked of every link's ancestors on every page. */
    private static final Evaluator IN_NAVIGATION = QueryParser.parse(NAVIGATION);
    private static final String HEADER = "header, [role=banner]";
    private static final String FOOTER = "footer, [role=contentinfo]";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SEARCH_ACTION = Pattern.compile("zoek|search", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SEARCH_FIELD_NAMES = Set.of("q", "query", "search", "zoek", "zoekterm",
            "trefwoord", "keys", "s");
    private static final Pattern SITE_MAP_ADDRESS = Pattern.compile("site-?map|inhoudsopgave|/a-z\\b|/a-tot-z\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_MAP_NAME = Pattern.compile(
            "\\b(?:site ?map|sitemap|inhoudsopgave|a\\s*(?:-|–|tot)\\s*z|alle (?:pagina's|onderwerpen)|all (?:pages|topics))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public PageNavigation {
        blocks = List.copyOf(blocks);
    }

    public static PageNavigation of(PageContent page) {
        List<NavigationBlock> blocks = new ArrayList<>();
        Set<Element> inBlocks = new LinkedHashSet<>();
        for (Element nav : page.document().select(NAVIGATION)) {
            if (!withinNavigation(nav) && !Hidden.fromAssistiveTechWithAncestors(nav)) {
                blocks.add(block(page, nav, "nav " + key(nav), nav.select("a[href], area[href]"), inBlocks));
            }
        }
        for (String region : List.of(HEADER, FOOTER)) {
            Element element = page.document().selectFirst(region);
            if (element != null && !Hidden.fromAssistiveTechWithAncestors(element)) {
                List<Element> loose = element.select("a[href], area[href]").stream()
                        .filter(link -> !withinNavigation(link)).toList();
                if (!loose.isEmpty()) {
                    blocks.add(block(page, element, element.normalName().equals("header") || element.is("[role=banner]")
                            ? "header" : "footer", loose, inBlocks));
                }
            }
        }
        int otherLinks = 0;
        boolean siteMap = false;
        String self = Destination.ofUrl(page.url());
        String host = host(self);
        for (Element link : page.document().select("a[href], area[href]")) {
            if (Hidden.fromAssistiveTechWithAncestors(link) || !followable(link)) {
                continue;
            }
            Optional<String> destination = Destination.of(link);
            siteMap |= SITE_MAP_ADDRESS.matcher(link.attr("href")).find()
                    || SITE_MAP_NAME.matcher(AccessibleName.of(link)).find();
            if (!inBlocks.contains(link) && destination.isPresent() && host.equals(host(destination.get()))
                    && !destination.get().equals(self)) {
                otherLinks++;
            }
        }
        return new PageNavigation(blocks, hasSearch(page), siteMap, otherLinks);
    }

    private static NavigationBlock block(PageContent page, Element element, String key, List<Element> links,
                                         Set<Element> inBlocks) {
        List<NavigationLink> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element link : links) {
            inBlocks.add(link);
            if (Hidden.fromAssistiveTechWithAncestors(link) || !followable(link)) {
                continue;
            }
            Optional<String> destination = Destination.of(link);
            if (destination.isPresent() && seen.add(destination.get())) {
                found.add(new NavigationLink(destination.get(), AccessibleName.of(link), link.hasAttr("aria-current")
                        && !"false".equalsIgnoreCase(link.attr("aria-current").trim())));
            }
        }
        return new NavigationBlock(key, element.cssSelector(), found);
    }

    /** A label names a block best; else its id; else its place: the tags and classes of it and its parents. */
    private static String key(Element nav) {
        String label = AccessibleName.referencedText(nav, "aria-labelledby");
        if (label.isEmpty()) {
            label = nav.attr("aria-label");
        }
        label = SPACE.matcher(label).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (!label.isEmpty()) {
            return "\"" + label + "\"";
        }
        if (!nav.id().isEmpty()) {
            return "#" + nav.id();
        }
        List<String> path = new ArrayList<>();
        for (Element e = nav; e != null && !e.nameIs("html"); e = e.parent()) {
            path.add(0, e.normalName() + (e.className().isBlank() ? "" : "." + String.join(".", e.classNames())));
        }
        return String.join(">", path);
    }

    /** Whether an ancestor of {@code element} is a navigation block. */
    private static boolean withinNavigation(Element element) {
        Element parent = element.parent();
        return parent != null && parent.closest(IN_NAVIGATION) != null;
    }

    private static boolean followable(Element link) {
        String href = link.attr("href").trim().toLowerCase(Locale.ROOT);
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:") && !href.startsWith("mailto:")
                && !href.startsWith("tel:");
    }

    private static boolean hasSearch(PageContent page) {
        if (!page.document().select("[role=search], input[type=search]").isEmpty()) {
            return true;
        }
        for (Element form : page.document().select("form")) {
            if (SEARCH_ACTION.matcher(form.attr("action")).find()) {
                return true;
            }
            for (Element field : form.select("input[name]")) {
                String type = field.attr("type").toLowerCase(Locale.ROOT);
                if ((type.isEmpty() || type.equals("text"))
                        && SEARCH_FIELD_NAMES.contains(field.attr("name").toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String host(String destination) {
        int start = destination.indexOf("://");
        if (start < 0) {
            return "";
        }
        int end = destination.indexOf('/', start + 3);
        return end < 0 ? destination.substring(start + 3) : destination.substring(start + 3, end);
    }
}
