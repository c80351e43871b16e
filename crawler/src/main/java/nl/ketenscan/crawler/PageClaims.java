package nl.ketenscan.crawler;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which pages the scan has taken on, by {@link PageIdentity}, so a page reached through several
 * addresses is checked and counted once. A worker claims a page after fetching it (when it knows
 * where redirects ended) and before the browser checks it, so two workers that reach one page at
 * the same time check it once between them. Per organisation: a URL can belong to two of them.
 * Thread-safe.
 */
final class PageClaims {

    private final List<ConcurrentMap<String, String>> claimed;

    /** @param donePages per organisation, the URLs of the pages a stopped scan had recorded */
    PageClaims(List<List<String>> donePages) {
        this.claimed = donePages.stream().map(urls -> {
            ConcurrentMap<String, String> pages = new ConcurrentHashMap<>();
            urls.forEach(url -> pages.putIfAbsent(PageIdentity.of(url), url));
            return pages;
        }).toList();
    }

    /**
     * Takes on the page at {@code url} for the organisation.
     *
     * @return empty when the page is this caller's to check; otherwise the URL of the page that was
     *         taken on first, of which {@code url} is an alias
     */
    Optional<String> claim(int org, String url) {
        return Optional.ofNullable(claimed.get(org).putIfAbsent(PageIdentity.of(url), url));
    }
}
