package nl.ketenscan.rules.titles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;

/**
 * {@code page-title-duplicate}: the same title on several HTML pages of one organisation. WCAG 2.4.2
 * asks for titles that describe each page's topic or purpose, and identical titles on pages with
 * different topics do not: in tabs, history, bookmarks and search results the pages look alike.
 *
 * <p>It needs review rather than fails, because the same title can be right: one page reachable at
 * two addresses the crawler could not recognise as one (a print version, a query string the CMS
 * ignores), or the steps of one form. Only a person can tell whether the pages differ in topic.
 * Pages that answered with an HTTP error or are not HTML are left out, as is a redirect to a page
 * already counted, so one page never counts twice.
 *
 * <p>All pages with one title get the same finding, so reports show it as one issue on all of them.
 */
public final class PageTitleDuplicate implements SiteRule {

    private static final RuleInfo INFO = new RuleInfo("page-title-duplicate", List.of("2.4.2"), Impact.MODERATE,
            "Dezelfde paginatitel op meer pagina's van één organisatie, zodat bezoekers de pagina's in tabbladen, "
                    + "geschiedenis en zoekresultaten niet uit elkaar houden.",
            "The same page title on several pages of one organisation, so visitors cannot tell the pages apart in "
                    + "tabs, history and search results.",
            "https://www.w3.org/WAI/WCAG21/Understanding/page-titled.html");

    private static final Pattern SPACE = Pattern.compile("\\s+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Map<String, List<Finding>> check(List<PageResult> pages) {
        Map<String, List<PageResult>> byTitle = new LinkedHashMap<>();
        Set<String> counted = new LinkedHashSet<>();
        for (PageResult page : pages) {
            String address = page.finalUrl() == null ? page.url() : page.finalUrl();
            if (isHtmlPage(page) && counted.add(address)) {
                byTitle.computeIfAbsent(key(page.title()), k -> new ArrayList<>()).add(page);
            }
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (List<PageResult> same : byTitle.values()) {
            if (same.size() > 1) {
                String title = SPACE.matcher(same.get(0).title()).replaceAll(" ").strip();
                Finding finding = INFO.finding(Outcome.NEEDS_REVIEW, "html > head > title", "<title>" + title + "</title>",
                        INFO.message("duplicate", title, same.size()));
                same.forEach(page -> findings.put(page.url(), List.of(finding)));
            }
        }
        return findings;
    }

    private static boolean isHtmlPage(PageResult page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        return page.httpStatus() >= 200 && page.httpStatus() < 300
                && (type.startsWith("text/html") || type.startsWith("application/xhtml+xml"))
                && page.title() != null && !page.title().isBlank();
    }

    /** Titles that differ only in case or spacing read the same to a visitor. */
    private static String key(String title) {
        return SPACE.matcher(title).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
