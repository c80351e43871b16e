package nl.ketenscan.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Compares page addresses the way a visitor would: http or https, host in any case, default ports
 * written or not, with or without a trailing slash or fragment. A link written on a page and the
 * URL the crawler recorded for the page it leads to then match.
 */
public final class PageAddress {

    private PageAddress() {
    }

    /** A key equal for two addresses of the same page: host, port when not the default, path and query. */
    public static String key(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80
                    || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
