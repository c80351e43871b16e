package nl.ketenscan.crawler.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ketenscan.rules.Message;

/**
 * What one site's robots.txt allows ketenscan to fetch, parsed by crawler-commons.
 *
 * <p>When robots.txt cannot be read, RFC 9309 §2.3.1 decides, with one deliberate exception:
 * <ul>
 *   <li>4xx (the file does not exist or is not for us): everything is allowed;</li>
 *   <li>5xx and 429: nothing is allowed, because the server is in trouble or asks us to back off and
 *       the rules are unknown; the scan should say so and be run again later;</li>
 *   <li>no answer at all (refused, timed out, redirect out of the site): everything is allowed,
 *       unlike the RFC, which says disallow. Such a site will not answer its pages either, and each
 *       page then records the real network error, which tells the user far more than an empty scan
 *       "blocked by robots.txt" would.</li>
 * </ul>
 * {@link #warning()} describes each of these cases for the report.
 *
 * <p>A Crawl-delay above five minutes is declined: nothing of the site is fetched, and the warning
 * says why.
 */
public final class RobotsPolicy {

    /** A longer Crawl-delay is declined: a site of 500 pages would take days. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(5);

    private final BaseRobotRules rules;
    private final List<String> sitemaps;
    private final Message warning;

    private RobotsPolicy(BaseRobotRules rules, List<String> sitemaps, Message warning) {
        this.rules = rules;
        this.sitemaps = sitemaps;
        this.warning = warning;
    }

    /**
     * Fetches ({@link Fetcher#robotsTxt}) and parses {@code origin + "/robots.txt"}; redirects are followed only
     * within the origin.
     *
     * @param origin    scheme, host and port, e.g. {@code https://www.example.nl}; a path is ignored
     * @param agentName the product token ketenscan obeys in robots.txt, e.g. {@code ketenscan}
     * @throws IllegalArgumentException when {@code origin} is not an http(s) URL
     */
    public static RobotsPolicy load(Fetcher fetcher, String origin, String agentName) {
        String robotsUrl = Origin.of(origin)
                .orElseThrow(() -> new IllegalArgumentException("'" + origin + "' is not an http(s) origin"))
                .url() + "/robots.txt";
        FetchResult result = fetcher.robotsTxt(robotsUrl);
        if (result.error() != null) {
            return allowAll(Message.of("note.robots-unreadable", robotsUrl, result.error()));
        }
        int status = result.status();
        if (status == 429 || status >= 500) {
            return new RobotsPolicy(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), List.of(),
                    Message.of("note.robots-unavailable", robotsUrl, status));
        }
        if (status < 200 || status >= 300) {
            return allowAll(null);
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // read whatever delay the site asks, so that declining a long one says so rather than "forbidden"
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        BaseRobotRules rules = parser.parseContent(result.finalUrl(), result.body(),
                result.contentType() == null ? "text/plain" : result.contentType(),
                List.of(agentName.toLowerCase(Locale.ROOT)));
        long delay = rules.getCrawlDelay();
        if (delay != BaseRobotRules.UNSET_CRAWL_DELAY && delay > MAX_CRAWL_DELAY.toMillis()) {
            return new RobotsPolicy(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), List.of(),
                    Message.of("note.robots-delay-declined", robotsUrl, Duration.ofMillis(delay).toSeconds(),
                            MAX_CRAWL_DELAY.toMinutes()));
        }
        List<String> sitemaps = rules.getSitemaps().stream()
                .flatMap(sitemap -> UrlNormalizer.normalise(sitemap, result.finalUrl()).stream())
                .distinct()
                .toList();
        return new RobotsPolicy(rules, sitemaps, null);
    }

    private static RobotsPolicy allowAll(Message warning) {
        return new RobotsPolicy(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), List.of(), warning);
    }

    /** Whether robots.txt lets ketenscan fetch {@code url} (a URL of this policy's origin). */
    public boolean allows(String url) {
        return rules.isAllowed(url);
    }

    /** The Sitemap lines of robots.txt as normalised absolute URLs, in file order. */
    public List<String> sitemaps() {
        return sitemaps;
    }

    /** The Crawl-delay for ketenscan's agent or for all agents, when robots.txt sets one. */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0
                ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    /** Why the rules are not simply the site's robots.txt (it could not be read), for the report. */
    public Optional<Message> warning() {
        return Optional.ofNullable(warning);
    }
}
