package nl.ketenscan.rules.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Element;

/**
 * Where a link goes, written so that the same place compares equal: absolute, without the fragment
 * (a part of the same page is the same destination), scheme and host in lower case, without the
 * default port, and "/" for an empty path.
 */
public final class Destination {

    private Destination() {
    }

    /** Empty when the href is not a URL the browser could follow. */
    public static Optional<String> of(Element link) {
        String absolute = link.absUrl("href");
        return absolute.isEmpty() ? Optional.empty() : Optional.of(ofUrl(absolute));
    }

    /** An absolute URL, such as a page's own, written as the destination of a link to it would be. */
    public static String ofUrl(String absolute) {
        int hash = absolute.indexOf('#');
        return normalise(hash < 0 ? absolute : absolute.substring(0, hash));
    }

    private static String normalise(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            // a URL the JDK cannot parse is still a destination; compared as written it is at worst
            // told apart from an equal one, which makes a finding that needs review anyway
            return url;
        }
    }
}
