package nl.ketenscan.crawler;

import java.time.Duration;

/**
 * How far and how hard a scan goes.
 *
 * @param maxPages       pages per organisation, documents included
 * @param maxDepth       link steps from a seed; sitemap URLs count as one step
 * @param requestTimeout for one HTTP request
 * @param pageBudget     load plus checks of one page in the browser
 * @param maxPageBytes   larger bodies are recorded as too large, not checked
 * @param browsers       browser sessions working in parallel
 */
public record Limits(int maxPages, int maxDepth, Duration requestTimeout, Duration pageBudget, long maxPageBytes,
                     int browsers) {

    public static Limits defaults() {
        return new Limits(500, 10, Duration.ofSeconds(20), Duration.ofSeconds(45), 10L * 1024 * 1024, 2);
    }
}
