package nl.ketenscan.crawler;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.crawler.crawl.RobotsPolicy;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.crawler.crawl.UrlTraps;
import nl.ketenscan.crawler.login.LoginSessions;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;

/**
 * Decides which URLs enter a scan's frontier: those in the organisation's scope that are no crawler
 * trap and that robots.txt allows. It holds what these decisions remember over a scan: each
 * organisation's {@link UrlTraps} counts and each site's robots.txt, read once. A refusal the user
 * should know of becomes a scan note.
 */
final class Admission {

    private static final String AGENT_NAME = "ketenscan";

    private final Fetcher fetcher;
    private final ScanNotes notes;
    private final List<Scope> scopes;
    private final List<UrlTraps> traps;
    private final Map<String, RobotsPolicy> robots = new ConcurrentHashMap<>();
    private final LoginSessions logins;

    /**
     * @param logins whose login pages are no pages of the crawl (the session shows them only once it ended),
     *               nor their logout links
     */
    Admission(List<Organisation> organisations, Fetcher fetcher, ScanNotes notes, LoginSessions logins) {
        this.logins = logins;
        this.fetcher = fetcher;
        this.notes = notes;
        this.scopes = organisations.stream().map(Scope::of).toList();
        this.traps = organisations.stream().map(org -> new UrlTraps()).toList();
    }

    Scope scope(int org) {
        return scopes.get(org);
    }

    /**
     * The entry for a URL when it is in the organisation's scope, robots.txt allows it and it is no
     * crawler trap (seeds, at depth 0, are taken as given). Only what gets this far counts towards the
     * traps' limits, so that {@link #rememberQueued} can replay the counts from the frontier alone.
     */
    Optional<FrontierEntry> admissible(int org, String url, int depth) {
        // a hash route keeps its fragment: it is a page of its own (HashRoutes); all else is decided on the URL without it
        String route = HashRoutes.of(url);
        Optional<String> normalised = UrlNormalizer.normalise(url);
        if (normalised.isEmpty() || !scopes.get(org).allows(normalised.get()) || logins.isLoginPage(org, normalised.get())
                || logins.neverFollowed(org, normalised.get())) {
            return Optional.empty();
        }
        RobotsPolicy policy = robotsFor(org, normalised.get());
        if (!policy.allows(normalised.get())) {
            if (depth == 0) {
                // a policy with a warning refuses for that reason (unknown rules, a Crawl-delay declined), not by a rule
                notes.note(org, policy.warning().map(why -> Message.of("note.seed-not-scanned", url, why))
                        .orElse(Message.of("note.seed-forbidden", url)));
            }
            return Optional.empty();
        }
        if (depth > 0) {
            Optional<UrlTraps.Refusal> trap = traps.get(org).check(normalised.get() + route);
            if (trap.isPresent()) {
                if (trap.get().first()) {
                    notes.note(org, trap.get().reason());
                }
                return Optional.empty();
            }
        }
        return Optional.of(new FrontierEntry(org, normalised.get() + route, depth));
    }

    /**
     * Replays what a stopped scan had queued into the trap counts, in the order it was queued, so that a
     * resumed scan follows a calendar or a query page no further than an uninterrupted one. Seeds were
     * never counted, so they are not replayed.
     */
    void rememberQueued(ScanStore store) {
        for (int org = 0; org < traps.size(); org++) {
            UrlTraps orgTraps = traps.get(org);
            store.forEachQueued(org, entry -> {
                if (entry.depth() > 0) {
                    orgTraps.check(entry.url());
                }
            });
        }
    }

    /**
     * The robots.txt rules of the URL's site, read once per scan; its Crawl-delay is honoured from
     * then on, and a robots.txt that could not be read is noted for the organisation that met it first.
     */
    RobotsPolicy robotsFor(int org, String url) {
        return robots.computeIfAbsent(origin(url), origin -> {
            RobotsPolicy policy = RobotsPolicy.load(fetcher, origin, AGENT_NAME);
            policy.crawlDelay().ifPresent(delay -> {
                fetcher.honourCrawlDelay(origin, delay);
                notes.note(org, Message.of("note.crawl-delay", origin + "/robots.txt", delay.toMillis()));
            });
            policy.warning().ifPresent(warning -> notes.note(org, warning));
            return policy;
        });
    }

    /** {@code scheme://authority} of a URL, where its robots.txt and default sitemap live. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
