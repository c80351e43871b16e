package nl.ketenscan.crawler.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Organisation;

/**
 * The part of the web that belongs to one organisation: ketenscan requests nothing outside it, not
 * even by following a redirect.
 *
 * <p>A URL is in scope when it is http(s), its host is the host of a seed or one of the
 * organisation's extra hosts, its port fits, it matches an include pattern (when there are any) and
 * no exclude pattern. Patterns are searched ({@link java.util.regex.Matcher#find()}) in the
 * normalised URL.
 *
 * <p>Ports: a host written with a port other than the scheme's default ({@code 127.0.0.1:8001})
 * covers that port only, so two sites on one host are two organisations. A host written without a
 * port covers the default ports 80 and 443 only, so a move between http and https stays in scope but
 * an unrelated service on port 8080 of the same host does not.
 *
 * <p>Link-local and cloud-metadata addresses (169.254.0.0/16, fe80::/10, fd00::/8, 100.100.100.200,
 * metadata.google.internal) are dropped from the extra hosts unless a seed is on that host: a scanner
 * run in the cloud must not be talked into fetching its own credentials. The {@link Fetcher}, and the
 * browser for every request a page makes, ask {@link #refusedHost} before connecting, so a host name
 * whose DNS answer points there is refused too.
 */
public final class Scope {

    private static final Set<String> METADATA_HOST_NAMES = Set.of("metadata.google.internal", "100.100.100.200");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<HostRule> hosts;
    private final Set<String> seedHosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    private Scope(List<HostRule> hosts, Set<String> seedHosts, List<Pattern> include, List<Pattern> exclude) {
        this.hosts = List.copyOf(new LinkedHashSet<>(hosts));
        this.seedHosts = Set.copyOf(seedHosts);
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    /**
     * The scope of one organisation of the configuration.
     *
     * @throws IllegalArgumentException when a seed or extra host is not a usable address
     */
    public static Scope of(Organisation organisation) {
        List<HostRule> rules = new ArrayList<>();
        Set<String> seedHosts = new TreeSet<>();
        for (String seed : organisation.seeds()) {
            Origin origin = Origin.of(seed).orElseThrow(() -> new IllegalArgumentException(
                    "seed '" + seed + "' of organisation '" + organisation.name()
                            + "' is not an http(s) URL; write it in full, e.g. https://www.example.nl/"));
            rules.add(HostRule.of(origin));
            seedHosts.add(HostRule.bare(origin.host()));
        }
        for (String extraHost : new TreeSet<>(organisation.extraHosts())) {
            HostRule rule = extraHostRule(extraHost, organisation.name());
            if (!isMetadataHost(rule.host()) || seedHosts.contains(rule.host())) {
                rules.add(rule);
            }
        }
        return new Scope(rules, seedHosts, organisation.include(), organisation.exclude());
    }

    /**
     * A scope that allows nothing, for a browser between two pages: whatever a page left behind may
     * navigate nowhere then.
     */
    public static Scope nothing() {
        return new Scope(List.of(), Set.of(), List.of(), List.of());
    }

    /**
     * The scope of a single origin (scheme, host, port) without patterns, for requests that belong
     * to a site rather than to an organisation's pages, such as its robots.txt. It has no seed, so
     * a host whose address is a metadata address is refused here even when a seed is on it.
     *
     * @throws IllegalArgumentException when {@code url} is not an http(s) URL
     */
    public static Scope origin(String url) {
        Origin origin = Origin.of(url)
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not an http(s) URL"));
        return new Scope(List.of(HostRule.of(origin)), Set.of(), List.of(), List.of());
    }

    /** Whether ketenscan may request {@code normalisedUrl} for this organisation. */
    public boolean allows(String normalisedUrl) {
        Optional<Origin> origin = Origin.of(normalisedUrl);
        if (origin.isEmpty() || hosts.stream().noneMatch(rule -> rule.matches(origin.get()))) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(normalisedUrl).find())) {
            return false;
        }
        return exclude.stream().noneMatch(p -> p.matcher(normalisedUrl).find());
    }

    /**
     * Whether {@code url} is on a host of the organisation, whatever its include and exclude patterns
     * say: content from such a host is the organisation's own, even where the scan does not look.
     */
    public boolean owns(String url) {
        Optional<Origin> origin = Origin.of(url);
        return origin.isPresent() && hosts.stream().anyMatch(rule -> rule.matches(origin.get()));
    }

    /**
     * Whether {@code url} is on a host of the organisation and matches an exclude pattern: such a URL is
     * never requested, not even as an image, a frame or a script's request (a logout address, which one
     * request would end the scan's login session).
     */
    public boolean excludes(String url) {
        Optional<String> normalised = UrlNormalizer.normalise(url);
        return normalised.isPresent() && owns(normalised.get())
                && exclude.stream().anyMatch(p -> p.matcher(normalised.get()).find());
    }

    /** The hosts in scope, for messages, e.g. {@code 127.0.0.1:8001, www.example.nl}. */
    public String describe() {
        return hosts.stream().map(HostRule::describe).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "Scope[" + describe() + "]";
    }

    /**
     * This scope without its include patterns, for sitemaps: a sitemap is a means of finding pages,
     * so it need not match the patterns that choose which pages are scanned; excluded URLs are still
     * never requested.
     */
    Scope withoutIncludes() {
        return new Scope(hosts, seedHosts, List.of(), exclude);
    }

    private static HostRule extraHostRule(String extraHost, String organisationName) {
        String url = extraHost.contains("://") ? extraHost : "http://" + extraHost;
        return Origin.of(url).map(HostRule::of).orElseThrow(() -> new IllegalArgumentException(
                "extra host '" + extraHost + "' of organisation '" + organisationName
                        + "' is not a host name or host:port, e.g. formulieren.example.nl"));
    }

    static boolean isMetadataHost(String host) {
        if (METADATA_HOST_NAMES.contains(host)) {
            return true;
        }
        if (!IPV4.matcher(host).matches() && !host.startsWith("[")) {
            return false;
        }
        try {
            // An IPv4 or bracketed IPv6 literal, so parsed and never looked up in DNS.
            return MetadataAddresses.contains(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Why nothing of ketenscan, fetcher or browser, may connect to the host of {@code url}, whether or not
     * the URL is in this scope: it is no http(s) URL, its host is a cloud-metadata host by name, or
     * {@code addresses} resolves it to a metadata or link-local address. Empty when it may, and always
     * when a seed is on that host (then the user asked for it in so many words). A name that does not
     * resolve is left to the request, which fails in its own words.
     */
    public Optional<String> refusedHost(String url, HostAddresses addresses) {
        Optional<Origin> origin = Origin.of(url);
        if (origin.isEmpty()) {
            return Optional.of("'" + url + "' is not an http(s) address");
        }
        String host = origin.get().host();
        String bare = HostRule.bare(host);
        if (seedHosts.contains(bare)) {
            return Optional.empty();
        }
        if (isMetadataHost(bare)) {
            return Optional.of(host + " is a cloud-metadata or link-local address, which ketenscan never requests"
                    + " unless a seed is on that host");
        }
        List<InetAddress> resolved;
        try {
            resolved = addresses.of(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        if (mayConnect(host, resolved)) {
            return Optional.empty();
        }
        return Optional.of(host + " resolves to " + resolved.stream().map(InetAddress::getHostAddress).toList()
                + ", a cloud-metadata or link-local address, which ketenscan never requests unless a seed is on"
                + " that host");
    }

    /**
     * Whether ketenscan may connect to {@code host} now that DNS answered {@code addresses}: not when
     * one of them is a metadata or link-local address, unless a seed is on that host.
     */
    boolean mayConnect(String host, List<InetAddress> addresses) {
        return seedHosts.contains(HostRule.bare(host)) || addresses.stream().noneMatch(MetadataAddresses::contains);
    }

    /** One host the scope covers; port {@code -1} stands for the default ports of http and https. */
    private record HostRule(String host, int port) {

        private static final int DEFAULT_PORTS = -1;

        static HostRule of(Origin origin) {
            return new HostRule(bare(origin.host()), origin.hasDefaultPort() ? DEFAULT_PORTS : origin.port());
        }

        /** A fully qualified name with its root dot is the same host as without it. */
        static String bare(String host) {
            return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        }

        boolean matches(Origin origin) {
            return host.equals(bare(origin.host()))
                    && (port == DEFAULT_PORTS ? origin.hasDefaultPort() : origin.port() == port);
        }

        String describe() {
            return port == DEFAULT_PORTS ? host : host + ":" + port;
        }
    }
}
