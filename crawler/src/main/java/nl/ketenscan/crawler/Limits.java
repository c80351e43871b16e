package nl.ketenscan.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * How far and how hard one scan may go. Every limit protects something: the sites scanned
 * (maxPages, browsers), the scan's running time (maxDepth, timeouts) and memory (maxPageBytes).
 *
 * @param maxPages       pages scanned per organisation
 * @param maxDepth       links followed from a seed; 0 scans only the seeds
 * @param requestTimeout how long one HTTP request may take
 * @param pageBudget     how long loading and checking one page may take in the browser
 * @param maxPageBytes   larger responses are recorded as too large, not parsed
 * @param browsers       browser sessions running at the same time
 */
public record Limits(int maxPages, int maxDepth, Duration requestTimeout, Duration pageBudget,
                     long maxPageBytes, int browsers) {

    public Limits {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(pageBudget, "pageBudget");
    }

    /** Sized for one municipality's site on a laptop: a scan of a few minutes per organisation. */
    public static Limits defaults() {
        return new Limits(500, 10, Duration.ofSeconds(20), Duration.ofSeconds(45), 10L * 1024 * 1024, 2);
    }
}
