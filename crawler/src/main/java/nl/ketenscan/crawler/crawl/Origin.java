package nl.ketenscan.crawler.crawl;

import java.util.Optional;

/**
 * Scheme, host and port of a URL: the unit a robots.txt speaks for and the unit scopes are built of.
 *
 * @param port the port actually used, also when the URL leaves it out
 */
record Origin(String scheme, String host, int port) {

    /** The origin of any http(s) URL; empty when the URL is not one. */
    static Optional<Origin> of(String url) {
        return UrlNormalizer.normalise(url)
                .flatMap(UrlNormalizer.Parts::parse)
                .map(parts -> {
                    UrlNormalizer.Authority authority = UrlNormalizer.Authority.split(parts.authority());
                    int port = authority.port().isEmpty()
                            ? UrlNormalizer.defaultPort(parts.scheme())
                            : Integer.parseInt(authority.port());
                    return new Origin(parts.scheme(), authority.host(), port);
                });
    }

    boolean hasDefaultPort() {
        return port == UrlNormalizer.defaultPort(scheme);
    }

    /** The host, followed by {@code :port} only when the port is not the scheme's default. */
    String hostAndPort() {
        return hasDefaultPort() ? host : host + ":" + port;
    }

    /** {@code scheme://host[:port]}, the form a robots.txt address is built on. */
    String url() {
        return scheme + "://" + hostAndPort();
    }
}
