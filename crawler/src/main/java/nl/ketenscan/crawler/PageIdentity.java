package nl.ketenscan.crawler;

import java.util.regex.Pattern;

/**
 * Which page a URL shows, for counting each page once: the URL in the crawler's normal form (host
 * in lower case, no default port, no fragment but a hash route's; see {@code UrlNormalizer} and
 * {@code HashRoutes}) without a trailing
 * {@code index.html} or {@code index.htm}, which web servers serve for the folder itself. Applied to
 * where a request ended, after redirects, so {@code /privacy} redirecting to {@code /privacy/} and
 * {@code /x/index.html} beside {@code /x/} are one page each.
 *
 * <p>Only the key changes: the page keeps the URL it was fetched at, so the report never names an
 * address ketenscan did not request.
 */
final class PageIdentity {

    private static final Pattern INDEX_FILE = Pattern.compile("(?i)(?<=/)index\\.html?(?=$|[?#])");

    private PageIdentity() {
    }

    /** @param normalisedUrl a URL as the crawler's normaliser writes it */
    static String of(String normalisedUrl) {
        int query = normalisedUrl.indexOf('?');
        String path = query < 0 ? normalisedUrl : normalisedUrl.substring(0, query);
        String rest = query < 0 ? "" : normalisedUrl.substring(query);
        return INDEX_FILE.matcher(path).replaceFirst("") + rest;
    }
}
