package nl.ketenscan.rules.navigation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.links.Destination;

/**
 * The pages of one organisation that the navigation site rules compare: HTML pages that answered,
 * each once (a redirect to a page already counted is left out), with their navigation noted.
 */
final class SitePages {

    private SitePages() {
    }

    static List<PageResult> of(List<PageResult> pages) {
        Set<String> counted = new LinkedHashSet<>();
        return pages.stream()
                .filter(SitePages::isHtmlPage)
                .filter(page -> counted.add(address(page)))
                .toList();
    }

    /** Where the page ended, as a link to it would be written. */
    static String address(PageResult page) {
        return Destination.ofUrl(page.finalUrl() == null ? page.url() : page.finalUrl());
    }

    static boolean isHtmlPage(PageResult page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        return page.httpStatus() >= 200 && page.httpStatus() < 300
                && (type.startsWith("text/html") || type.startsWith("application/xhtml+xml"));
    }
}
