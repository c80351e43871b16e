package nl.ketenscan.crawler;

import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.rules.Organisation;

/**
 * Every seed's site asked once before a scan starts, so that a scan whose seeds cannot be reached at all
 * stops with a message instead of producing an empty report. It asks for the site's robots.txt, never the
 * seed itself: robots.txt is the first request a site gets, and a seed it disallows is never requested.
 *
 * @param problems one line per seed that gave no HTTP answer, saying why
 * @param seeds    how many seeds were asked
 */
public record SeedCheck(List<String> problems, int seeds) {

    public static SeedCheck of(Fetcher fetcher, List<Organisation> organisations) {
        List<String> problems = new ArrayList<>();
        int seeds = 0;
        for (Organisation org : organisations) {
            for (String seed : org.seeds()) {
                seeds++;
                String robots = Admission.origin(seed) + "/robots.txt";
                FetchResult result = fetcher.robotsTxt(robots);
                if (result.status() == 0) {
                    problems.add(org.name() + ": " + seed + " (" + result.error() + ")");
                }
            }
        }
        return new SeedCheck(List.copyOf(problems), seeds);
    }

    /** True when not a single seed answered: then there is nothing to scan. */
    public boolean noneReachable() {
        return seeds > 0 && problems.size() == seeds;
    }
}
