package nl.ketenscan.crawler.crawl;

import java.net.Inet4Address;
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
 * run in the cloud must not be talked into fetching its own credentials. Host names are not resolved
 * here; this guards against configured addresses, not against DNS answers.
 */
public final class Scope {

    private static final Set<String> METADATA_HOST_NAMES = Set.of("metadata.google.internal", "100.100.100.200");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<HostRule> hosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    private Scope(List<HostRule> hosts, List<Pattern> include, List<Pattern> exclude) {
        this.hosts = List.copyOf(new LinkedHashSet<>(hosts));
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
        return new Scope(rules, organisation.include(), organisation.exclude());
    }

    /**
     * The scope of a single origin (scheme, host, port) without patterns, for requests that belong
     * to a site rather than to an organisation's pages, such as its robots.txt.
     *
     * @throws IllegalArgumentException when {@code url} is not an http(s) URL
     */
    public static Scope origin(String url) {
        Origin origin = Origin.of(url)
                .orElseThrow(() -> new IllegalArgumentException("'" + url + "' is not an http(s) URL"));
        return new Scope(List.of(HostRule.of(origin)), List.of(), List.of());
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
        return new Scope(hosts, List.of(), exclude);
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
        if (IPV4.matcher(host).matches()) {
            String[] octets = host.split("\\.");
            return Integer.parseInt(octets[0]) == 169 && Integer.parseInt(octets[1]) == 254;
        }
        if (!host.startsWith("[")) {
            return false;
        }
        try {
            // Bracketed, so parsed as an IPv6 literal and never looked up in DNS.
            InetAddress address = InetAddress.getByName(host);
            if (address instanceof Inet4Address) {
                return isMetadataHost(address.getHostAddress());
            }
            return address.isLinkLocalAddress() || address.getAddress()[0] == (byte) 0xfd;
        } catch (UnknownHostException e) {
            return false;
        }
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
