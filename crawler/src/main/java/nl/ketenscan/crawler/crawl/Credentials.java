package nl.ketenscan.crawler.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Headers and cookies that let ketenscan see pages behind a login, each bound to the host it was
 * given for: the {@link Fetcher}, and the browser for every request a page makes, send them to that
 * host only, never to another host of the scope, a redirect target elsewhere, a sitemap's host, or
 * the host of an image or script on the page. The Fetcher asks {@link #headersFor} what a request
 * gets; the browser asks {@link #browserHeadersFor} and keeps the {@link #cookies()} that
 * {@link Cookie#fitsAJar() fit} in its own cookie jar, where they go along with the cookies the site
 * sets itself.
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
 * subdomains field says, and, when a port is written ({@code 127.0.0.1:19101}), to that port only; its
 * path and secure flag are honoured. A value may hold only characters HTTP allows in a header (visible
 * ASCII, spaces and, in a header, tabs; in a cookie no {@code ;}): anything else is an error naming
 * the source and line, never the value. Blank lines and lines starting with
 * {@code #} are skipped ({@code #HttpOnly_} before a cookies.txt domain is read as curl writes it).
 */
public final class Credentials {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** RFC 9110 field-value without obs-text: visible ASCII, spaces and tabs. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\t\\x20-\\x7E]*");
    /** What a cookie value may hold and a Cookie header still carries whole: visible ASCII and spaces, no ;. */
    private static final Pattern COOKIE_VALUE = Pattern.compile("[\\x20-\\x3A\\x3C-\\x7E]*");
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
     * A cookie for exactly {@code host}, on {@code port} or on any port when it is -1, for URLs under
     * {@code path}, and over https only when {@code secure}; its value never shows in {@link #toString()}.
     */
    public record Cookie(String host, int port, String path, boolean secure, String name, String value) {
        @Override
        public String toString() {
            return "cookie " + name + " for " + host + (port < 0 ? "" : ":" + port) + path + " (value hidden)";
        }

        /**
         * Whether a browser's cookie jar can hold it: a jar binds a cookie to a host, never to a port, so
         * a cookie given for one port must be added to that port's requests instead.
         */
        public boolean fitsAJar() {
            return port < 0;
        }

        boolean goesTo(Origin origin, String path) {
            return host.equals(origin.host()) && (port < 0 || port == origin.port()) && path.startsWith(this.path)
                    && (!secure || origin.scheme().equals("https"));
        }
    }

    private final List<HostHeader> headers;
    private final List<Cookie> cookies;
    /** Cookies a login form gave, which change when the session is renewed; each bound to its host and port. */
    private final Supplier<List<Cookie>> sessionCookies;

    private Credentials(List<HostHeader> headers, List<Cookie> cookies) {
        this(headers, cookies, List::of);
    }

    private Credentials(List<HostHeader> headers, List<Cookie> cookies, Supplier<List<Cookie>> sessionCookies) {
        this.headers = List.copyOf(headers);
        this.cookies = List.copyOf(cookies);
        this.sessionCookies = sessionCookies;
    }

    /**
     * A cookie a login page's site set, bound to the host and port of {@code loginUrl}: it serves that
     * site only, as a cookie given for a port does.
     *
     * @throws IllegalArgumentException when {@code loginUrl} is not an http(s) URL
     */
    public static Cookie sessionCookie(String loginUrl, String path, boolean secure, String name, String value) {
        Origin origin = Origin.of(loginUrl).orElseThrow(() -> new IllegalArgumentException(
                "'" + loginUrl + "' is not an http(s) URL"));
        return new Cookie(origin.host(), origin.port(), path == null || path.isEmpty() ? "/" : path, secure, name, value);
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
        return new Credentials(allHeaders, allCookies, sessionCookies).withSession(other.sessionCookies);
    }

    /**
     * These credentials and the cookies of a login session, asked for at every request, so that a
     * session renewed during the scan serves the fetcher and every browser from then on. A session
     * cookie must be bound to a port ({@link Cookie#fitsAJar()} false), as a login binds it to the
     * host and port of its login page.
     */
    public Credentials withSession(Supplier<List<Cookie>> session) {
        Supplier<List<Cookie>> earlier = sessionCookies;
        return new Credentials(headers, cookies, () -> {
            List<Cookie> all = new ArrayList<>(earlier.get());
            all.addAll(session.get());
            return all;
        });
    }

    public boolean isEmpty() {
        return headers.isEmpty() && cookies.isEmpty() && sessionCookies.get().isEmpty();
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
        return withCookies(url, origin, hostHeaders(origin), cookie -> true);
    }

    /**
     * The headers a browser adds to its request of {@code url}: the host's headers, and a Cookie header
     * with the cookies given for a port ({@link Cookie#fitsAJar() the others} are in its jar, which sends
     * them itself).
     */
    public List<Header> browserHeadersFor(String url) {
        Origin origin = Origin.of(url).orElse(null);
        return origin == null ? List.of() : withCookies(url, origin, hostHeaders(origin), cookie -> !cookie.fitsAJar());
    }

    private List<Header> withCookies(String url, Origin origin, List<Header> hostHeaders, Predicate<Cookie> which) {
        List<Header> result = new ArrayList<>(hostHeaders);
        String path = UrlNormalizer.Parts.parse(url).map(UrlNormalizer.Parts::path).orElse("/");
        String cookieHeader = Stream.concat(cookies.stream(), sessionCookies.get().stream())
                .filter(c -> which.test(c) && c.goesTo(origin, path))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        if (!cookieHeader.isEmpty()) {
            result.add(new Header("Cookie", cookieHeader));
        }
        return result;
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
        requireAllowed(value, HEADER_VALUE, where, "header " + name);
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
            HostPort host = HostPort.parse(domain, where);
            return Optional.of(new Cookie(host.host(), host.port(), fields[2].isEmpty() ? "/" : fields[2],
                    fields[3].equalsIgnoreCase("TRUE"), cookieName(fields[5], where), cookieValue(fields[6], fields[5], where)));
        }
        String[] parts = line.split("\\s+", 2);
        int equals = parts.length < 2 ? -1 : parts[1].indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException(where + ": write HOST name=value, or a cookies.txt line of seven"
                    + " tab-separated fields");
        }
        HostPort host = HostPort.parse(parts[0], where);
        String name = cookieName(parts[1].substring(0, equals).strip(), where);
        return Optional.of(new Cookie(host.host(), host.port(), "/", false, name,
                cookieValue(parts[1].substring(equals + 1).strip(), name, where)));
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

    private static String cookieValue(String value, String name, String where) {
        requireAllowed(value, COOKIE_VALUE, where, "cookie " + name);
        return value;
    }

    /**
     * Refuses a value HTTP cannot carry (a control character, a character outside ASCII such as € or é)
     * before any request is made, where it would end the scan. The message names the line, never the
     * value: it is a secret.
     */
    private static void requireAllowed(String value, Pattern allowed, String where, String what) {
        if (!allowed.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": the value of " + what + " holds a character HTTP does not"
                    + " allow (a control character, or one outside ASCII such as € or é; in a cookie also ;); the"
                    + " value is not shown here. Encode it as the site expects, e.g. percent-encoded");
        }
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
