package nl.ketenscan.crawler.crawl;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the addresses found in pages, sitemaps and redirects into one absolute form, so that the
 * frontier sees each page once and the fetcher only ever gets a URL it can request.
 *
 * <p>The normal form: scheme and host in lower case, no default port (80 for http, 443 for https),
 * no fragment, dot segments resolved, an empty path written as {@code /}, the query kept as written
 * except for session ids, which {@link SessionIds} removes: with them one page has endless addresses.
 * Characters that may not appear in a URI (spaces, non-ASCII letters, a lone {@code %}) are
 * percent-encoded as UTF-8, as browsers do, so {@link URI#create} accepts every result.
 *
 * <p>Only http and https survive: {@code javascript:}, {@code mailto:}, {@code tel:}, {@code file:},
 * {@code data:} and anything malformed give an empty result rather than an exception, because a page
 * full of odd links is normal input, not an error.
 *
 * <p>References are resolved with the algorithm of RFC 3986 §5.2, not {@link URI#resolve}, which
 * mishandles empty references, query-only references and bases without a path.
 */
public final class UrlNormalizer {

    /** RFC 3986 appendix B: splits any URI reference into its five parts without validating them. */
    private static final Pattern PARTS =
            Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#.*)?$", Pattern.DOTALL);
    private static final Pattern HOST_CHARACTERS = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final String UNRESERVED_AND_SUB_DELIMS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=";
    private static final String PATH_CHARACTERS = UNRESERVED_AND_SUB_DELIMS + ":@/";
    private static final String QUERY_CHARACTERS = PATH_CHARACTERS + "?";
    private static final String USERINFO_CHARACTERS = UNRESERVED_AND_SUB_DELIMS + ":";
    private static final String HEX = "0123456789ABCDEF";

    private UrlNormalizer() {
    }

    /**
     * Resolves {@code href} (as written in an attribute, a Location header or a sitemap) against
     * {@code baseUrl} and normalises the result.
     *
     * @return the normalised absolute http(s) URL, or empty when there is none
     */
    public static Optional<String> normalise(String href, String baseUrl) {
        Optional<Parts> reference = Parts.parse(href);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        if (reference.get().scheme() != null) {
            return normalForm(reference.get().withoutDotSegments());
        }
        return Parts.parse(baseUrl)
                .filter(base -> base.scheme() != null && base.authority() != null)
                .map(base -> reference.get().resolveAgainst(base))
                .flatMap(UrlNormalizer::normalForm);
    }

    /** Normalises an address that must already be absolute; a relative one gives empty. */
    public static Optional<String> normalise(String absoluteUrl) {
        return Parts.parse(absoluteUrl)
                .filter(parts -> parts.scheme() != null)
                .map(Parts::withoutDotSegments)
                .flatMap(UrlNormalizer::normalForm);
    }

    private static Optional<String> normalForm(Parts url) {
        String scheme = url.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.authority() == null) {
            return Optional.empty();
        }
        Optional<String> authority = normalAuthority(url.authority(), scheme);
        if (authority.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder result = new StringBuilder(scheme).append("://").append(authority.get());
        String path = SessionIds.removeFromPath(url.path());
        result.append(path.isEmpty() ? "/" : encodeIllegal(path, PATH_CHARACTERS));
        Optional<String> query = url.query() == null ? Optional.empty() : SessionIds.removeFromQuery(url.query());
        query.ifPresent(q -> result.append('?').append(encodeIllegal(q, QUERY_CHARACTERS)));
        try {
            return Optional.of(new URI(result.toString()).toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> normalAuthority(String authority, String scheme) {
        Authority parts = Authority.split(authority);
        Optional<String> host = normalHost(parts.host());
        String port = parts.port();
        if (host.isEmpty() || !port.chars().allMatch(Character::isDigit) || port.length() > 5) {
            return Optional.empty();
        }
        StringBuilder result = new StringBuilder();
        if (parts.userinfo() != null) {
            result.append(encodeIllegal(parts.userinfo(), USERINFO_CHARACTERS)).append('@');
        }
        result.append(host.get());
        if (!port.isEmpty()) {
            int number = Integer.parseInt(port);
            if (number < 1 || number > 65535) {
                return Optional.empty();
            }
            if (number != defaultPort(scheme)) {
                result.append(':').append(number);
            }
        }
        return Optional.of(result.toString());
    }

    private static Optional<String> normalHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            return IPV6_CHARACTERS.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
        }
        try {
            String ascii = IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return HOST_CHARACTERS.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** Percent-encodes, as UTF-8, every character not in {@code allowed}, keeping existing escapes. */
    private static String encodeIllegal(String text, String allowed) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (codePoint == '%' && isEscape(text, i)) {
                result.append('%');
            } else if (codePoint < 128 && allowed.indexOf(codePoint) >= 0) {
                result.append((char) codePoint);
            } else {
                for (byte b : text.substring(i, i + length).getBytes(StandardCharsets.UTF_8)) {
                    result.append('%').append(HEX.charAt(b >> 4 & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
            i += length;
        }
        return result.toString();
    }

    private static boolean isEscape(String text, int percent) {
        return percent + 2 < text.length()
                && Character.digit(text.charAt(percent + 1), 16) >= 0
                && Character.digit(text.charAt(percent + 2), 16) >= 0;
    }

    /** The parts of a URI reference as RFC 3986 names them; null where a part is absent. */
    record Parts(String scheme, String authority, String path, String query) {

        static Optional<Parts> parse(String reference) {
            if (reference == null) {
                return Optional.empty();
            }
            Matcher matcher = PARTS.matcher(browserCleaned(reference));
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Parts(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
        }

        /**
         * Cleans a reference the way browsers do before parsing, so we follow the same link a
         * visitor would: surrounding spaces and controls go, tabs and newlines inside go, and a
         * backslash before the query counts as a slash.
         */
        private static String browserCleaned(String reference) {
            String trimmed = reference.strip().replaceAll("[\\t\\n\\r]", "");
            int queryOrFragment = indexOfAny(trimmed, "?#");
            return trimmed.substring(0, queryOrFragment).replace('\\', '/') + trimmed.substring(queryOrFragment);
        }

        private static int indexOfAny(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return text.length();
        }

        Parts withoutDotSegments() {
            return new Parts(scheme, authority, removeDotSegments(path), query);
        }

        /** RFC 3986 §5.2.2, strict: a reference with a scheme is never treated as relative. */
        Parts resolveAgainst(Parts base) {
            if (authority != null) {
                return new Parts(base.scheme, authority, removeDotSegments(path), query);
            }
            if (path.isEmpty()) {
                return new Parts(base.scheme, base.authority, base.path, query != null ? query : base.query);
            }
            if (path.startsWith("/")) {
                return new Parts(base.scheme, base.authority, removeDotSegments(path), query);
            }
            return new Parts(base.scheme, base.authority, removeDotSegments(merge(base, path)), query);
        }

        private static String merge(Parts base, String relativePath) {
            if (base.authority != null && base.path.isEmpty()) {
                return "/" + relativePath;
            }
            return base.path.substring(0, base.path.lastIndexOf('/') + 1) + relativePath;
        }
    }

    /** The authority of a URL taken apart; userinfo is null when absent, port empty when absent. */
    record Authority(String userinfo, String host, String port) {

        static Authority split(String authority) {
            int at = authority.lastIndexOf('@');
            String hostAndPort = authority.substring(at + 1);
            int portColon = hostAndPort.startsWith("[")
                    ? hostAndPort.indexOf(':', Math.max(hostAndPort.indexOf(']'), 0))
                    : hostAndPort.lastIndexOf(':');
            return new Authority(at < 0 ? null : authority.substring(0, at),
                    portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon),
                    portColon < 0 ? "" : hostAndPort.substring(portColon + 1));
        }
    }

    /** RFC 3986 §5.2.4, step by step, so that odd inputs behave as the RFC's examples say. */
    static String removeDotSegments(String path) {
        StringBuilder input = new StringBuilder(path);
        StringBuilder output = new StringBuilder();
        while (input.length() > 0) {
            String in = input.toString();
            if (in.startsWith("../")) {
                input.delete(0, 3);
            } else if (in.startsWith("./")) {
                input.delete(0, 2);
            } else if (in.startsWith("/./")) {
                input.delete(0, 2);
            } else if (in.equals("/.")) {
                input.replace(0, 2, "/");
            } else if (in.startsWith("/../")) {
                input.delete(0, 3);
                removeLastSegment(output);
            } else if (in.equals("/..")) {
                input.replace(0, 3, "/");
                removeLastSegment(output);
            } else if (in.equals(".") || in.equals("..")) {
                input.setLength(0);
            } else {
                int end = in.indexOf('/', in.startsWith("/") ? 1 : 0);
                end = end < 0 ? in.length() : end;
                output.append(in, 0, end);
                input.delete(0, end);
            }
        }
        return output.toString();
    }

    private static void removeLastSegment(StringBuilder output) {
        output.setLength(Math.max(output.lastIndexOf("/"), 0));
    }
}
