package nl.ketenscan.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that a seed is a URL a crawler can start from, for the config file and the command line alike. */
final class SeedUrl {

    private SeedUrl() {
    }

    /** @throws IllegalArgumentException saying what to write instead */
    static URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL (" + e.getReason()
                    + "); write it like https://www.helmond.nl/");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new IllegalArgumentException("'" + text + "' is not an http(s) URL; write it in full: https://" + text);
        }
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw new IllegalArgumentException("'" + text + "' is not an http(s) URL; ketenscan scans web pages,"
                    + " so write an address starting with https:// or http://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' has no host name; write it like https://www.helmond.nl/");
        }
        return uri;
    }

    static boolean hasHttpScheme(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** "https://www.helmond.nl/" is called helmond.nl: the name people use for the site. */
    static String siteName(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring("www.".length()) : host;
    }
}
