package nl.ketenscan.crawler.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Headers and cookies that let ketenscan see pages behind a login, each bound to the host it was
 * given for: the {@link Fetcher}, and the browser for every request a page makes, send them to that
 * host only, never to another host of the scope, a redirect target elsewhere, a sitemap's host, or
 * the host of an image or script on the page. The Fetcher asks {@link #headersFor} what a request
 * gets; the browser asks {@link #headersWithoutCookiesFor} and keeps the {@link #cookies()} in its
 * own cookie jar, where they go along with the cookies the site sets itself.
 *
 * <p>Their values are secrets: no message, exception or {@link #toString()} of this class contains
 * one, and nothing here is ever written to the scan store. A resumed scan needs them given again.
 *
 * <p>Header lines ({@code --header-file}, {@code KETENSCAN_HEADERS}): {@code HOST Name: value},
 * e.g. {@code intranet.gemeente.nl Authorization: Bearer …}. A host written without a port gets the
 * header on every port; with a port, on that port only. Cookie lines ({@code --cookie-file},
 * {@code KETENSCAN_COOKIES}): the cookies.txt format browsers' export extensions and curl write
 * (seven tab-separated fields: domain, subdomains, path, secure, expiry, name, value), or the short
 * form {@code HOST name=value}. A cookie goes to exactly its host, as written, whatever its
 * subdomains field says; its path and secure flag are honoured. Blank lines and lines starting with
 * {@code #} are skipped ({@code #HttpOnly_} before a cookies.txt domain is read as curl writes it).
 */
public final class Credentials {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the JDK's HTTP client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final String HTTP_ONLY_PREFIX = "#HttpOnly_";

    /** A header for one host; its value never shows in {@link #toString()}. */
    public record Header(String name, String value) {
        @Override
        public String toString() {
            return name + ": (hidden)";
        }
    }

    private record HostHeader(String host, int port, Header header) {
    }

    /**
     * A cookie for exactly {@code host}, on any port, for URLs under {@code path}, and over https only
     * when {@code secure}; its value never shows in {@link #toString()}.
     */
    public record Cookie(String host, String path, boolean secure, String name, String value) {
        @Override
        public String toString() {
            return "cookie " + name + " for " + host + path + " (value hidden)";
        }
    }

    private final List<HostHeader> headers;
    private final List<Cookie> cookies;

    private Credentials(List<HostHeader> headers, List<Cookie> cookies) {
        this.headers = List.copyOf(headers);
        this.cookies = List.copyOf(cookies);
    }

    public static Credentials none() {
        return new Credentials(List.of(), List.of());
    }

    /**
     * Reads header and cookie lines.
     *
     * @param headerLines lines in the header format, may be empty
     * @param cookieLines lines in a cookie format, may be empty
     * @param source      where the lines came from, for messages (a file name or variable)
     * @throws IllegalArgumentException naming the source and line of a malformed line, without its value
     */
    public static Credentials parse(String headerLines, String cookieLines, String source) {
        List<HostHeader> headers = new ArrayList<>();
        List<Cookie> cookies = new ArrayList<>();
        String[] lines = headerLines.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                headers.add(header(line, source + " line " + (i + 1)));
            }
        }
        lines = cookieLines.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(HTTP_ONLY_PREFIX)) {
                line = line.substring(HTTP_ONLY_PREFIX.length());
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                cookie(line, source + " line " + (i + 1)).ifPresent(cookies::add);
            }
        }
        return new Credentials(headers, cookies);
    }

    /** Both sets together, e.g. from a file and from the environment. */
    public Credentials and(Credentials other) {
        List<HostHeader> allHeaders = new ArrayList<>(headers);
        allHeaders.addAll(other.headers);
        List<Cookie> allCookies = new ArrayList<>(cookies);
        allCookies.addAll(other.cookies);
        return new Credentials(allHeaders, allCookies);
    }

    public boolean isEmpty() {
        return headers.isEmpty() && cookies.isEmpty();
    }

    /**
     * The host names that get a header, lower-cased as in a URL: a browser holds requests to these
     * hosts only, and asks {@link #headersWithoutCookiesFor} about each, since a port may still rule a
     * request out.
     */
    public Set<String> headerHosts() {
        return headers.stream().map(HostHeader::host).collect(Collectors.toUnmodifiableSet());
    }

    public List<Cookie> cookies() {
        return cookies;
    }

    /** The headers for a request of {@code url}: its host's headers and one Cookie header, if any. */
    List<Header> headersFor(String url) {
        Origin origin = Origin.of(url).orElse(null);
        if (origin == null) {
            return List.of();
        }
        List<Header> result = new ArrayList<>(hostHeaders(origin));
        String path = UrlNormalizer.Parts.parse(url).map(UrlNormalizer.Parts::path).orElse("/");
        String cookieHeader = cookies.stream()
                .filter(c -> c.host().equals(origin.host()) && path.startsWith(c.path())
                        && (!c.secure() || origin.scheme().equals("https")))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        if (!cookieHeader.isEmpty()) {
            result.add(new Header("Cookie", cookieHeader));
        }
        return result;
    }

    /** The headers given for the host of {@code url}, for a client that sends {@link #cookies()} itself. */
    public List<Header> headersWithoutCookiesFor(String url) {
        return Origin.of(url).map(this::hostHeaders).orElse(List.of());
    }

    private List<Header> hostHeaders(Origin origin) {
        return headers.stream()
                .filter(h -> h.host().equals(origin.host()) && (h.port() < 0 || h.port() == origin.port()))
                .map(HostHeader::header)
                .toList();
    }

    /** Which hosts get what, never the values: safe to log. */
    @Override
    public String toString() {
        String headerNames = headers.stream().map(h -> h.header().name() + " for " + h.host())
                .collect(Collectors.joining(", "));
        String cookieNames = cookies.stream().map(c -> "cookie " + c.name() + " for " + c.host())
                .collect(Collectors.joining(", "));
        return "Credentials[" + headerNames + (headerNames.isEmpty() || cookieNames.isEmpty() ? "" : ", ")
                + cookieNames + "]";
    }

    private static HostHeader header(String line, String where) {
        String[] parts = line.split("\\s+", 2);
        int colon = parts.length < 2 ? -1 : parts[1].indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(where + ": write HOST Name: value, e.g."
                    + " intranet.gemeente.nl Authorization: Bearer <token>");
        }
        String name = parts[1].substring(0, colon).strip();
        String value = parts[1].substring(colon + 1).strip();
        if (!TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a header name");
        }
        if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(where + ": ketenscan cannot send a " + name + " header of its own");
        }
        HostPort host = HostPort.parse(parts[0], where);
        return new HostHeader(host.host(), host.port(), new Header(name, value));
    }

    /** A cookie line; an expired cookies.txt entry gives empty. */
    private static Optional<Cookie> cookie(String line, String where) {
        String[] fields = line.split("\t");
        if (fields.length == 7) {
            String domain = fields[0].startsWith(".") ? fields[0].substring(1) : fields[0];
            long expiry = parseExpiry(fields[4], where);
            if (expiry > 0 && expiry * 1000 < System.currentTimeMillis()) {
                return Optional.empty();
            }
            return Optional.of(new Cookie(HostPort.parse(domain, where).host(), fields[2].isEmpty() ? "/" : fields[2],
                    fields[3].equalsIgnoreCase("TRUE"), cookieName(fields[5], where), fields[6]));
        }
        String[] parts = line.split("\\s+", 2);
        int equals = parts.length < 2 ? -1 : parts[1].indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException(where + ": write HOST name=value, or a cookies.txt line of seven"
                    + " tab-separated fields");
        }
        return Optional.of(new Cookie(HostPort.parse(parts[0], where).host(), "/", false,
                cookieName(parts[1].substring(0, equals).strip(), where), parts[1].substring(equals + 1).strip()));
    }

    private static long parseExpiry(String field, String where) {
        try {
            return Long.parseLong(field.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": the expiry (fifth field) must be a number of seconds");
        }
    }

    private static String cookieName(String name, String where) {
        if (!TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a cookie name");
        }
        return name;
    }

    /** A host as written in a credentials line; port -1 when none was written. */
    private record HostPort(String host, int port) {

        /** Checked and lower-cased as in a URL, IPv6 in brackets. */
        static HostPort parse(String written, String where) {
            Origin origin = Origin.of("http://" + written + "/").orElseThrow(() -> new IllegalArgumentException(
                    where + ": '" + written + "' is not a host name or host:port, e.g. intranet.gemeente.nl"));
            boolean portWritten = written.matches(".*:\\d+") && !written.endsWith("]");
            return new HostPort(origin.host(), portWritten ? origin.port() : -1);
        }
    }
}
