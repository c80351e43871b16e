package nl.ketenscan.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * How far and how hard one scan may go. Every limit protects something: the sites scanned
 * (maxPages, browsers, and per host the connections and request rate), the scan's running time
 * (maxDepth, timeouts) and memory (maxPageBytes).
 *
 * @param maxPages              pages scanned per organisation
 * @param maxDepth              links followed from a seed; 0 scans only the seeds
 * @param requestTimeout        how long one HTTP request may take
 * @param pageBudget            how long loading and checking one page may take in the browser
 * @param maxPageBytes          larger responses are recorded as too large, not parsed
 * @param browsers              browser sessions running at the same time
 * @param hostConnections       requests one host gets from the crawler at the same time
 * @param hostRequestsPerSecond requests one host gets from the crawler per second, at most; a
 *                              robots.txt Crawl-delay slows this down further
 * @param maxDocumentBytes      larger documents (PDF, office files) are listed as too large, not read;
 *                              apart from pages, because a council's annual report is rightly far
 *                              larger than any web page
 */
public record Limits(int maxPages, int maxDepth, Duration requestTimeout, Duration pageBudget,
                     long maxPageBytes, int browsers, int hostConnections, double hostRequestsPerSecond,
                     long maxDocumentBytes) {

    /** Polite for one municipal web server: it should not notice the scan among its visitors. */
    public static final int DEFAULT_HOST_CONNECTIONS = 4;
    public static final double DEFAULT_HOST_REQUESTS_PER_SECOND = 8;
    /** Large enough for a municipality's annual report or zoning plan, small enough for the heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    public Limits {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(pageBudget, "pageBudget");
        if (hostConnections < 1) {
            throw new IllegalArgumentException("at least 1 connection per host is needed, got " + hostConnections);
        }
        if (!(hostRequestsPerSecond > 0)) {
            throw new IllegalArgumentException("the requests per second per host must be positive, got "
                    + hostRequestsPerSecond);
        }
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the document size limit must be between 1 byte and 2 GB, got "
                    + maxDocumentBytes);
        }
    }

    /** Limits with the default document size limit. */
    public Limits(int maxPages, int maxDepth, Duration requestTimeout, Duration pageBudget, long maxPageBytes,
                  int browsers, int hostConnections, double hostRequestsPerSecond) {
        this(maxPages, maxDepth, requestTimeout, pageBudget, maxPageBytes, browsers, hostConnections,
                hostRequestsPerSecond, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** These limits with another document size limit. */
    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(maxPages, maxDepth, requestTimeout, pageBudget, maxPageBytes, browsers, hostConnections,
                hostRequestsPerSecond, bytes);
    }

    /** Limits with the default politeness per host. */
    public Limits(int maxPages, int maxDepth, Duration requestTimeout, Duration pageBudget, long maxPageBytes,
                  int browsers) {
        this(maxPages, maxDepth, requestTimeout, pageBudget, maxPageBytes, browsers, DEFAULT_HOST_CONNECTIONS,
                DEFAULT_HOST_REQUESTS_PER_SECOND);
    }

    /**
     * The browser sessions a scan of {@code organisations} can keep busy: {@link #browsers}, but never more
     * than the pages it may check. A merge-request gate's scan of one page starts one browser, not two side
     * by side on the same cores, which held its first page back.
     */
    public int browsersFor(int organisations) {
        return (int) Math.max(1, Math.min(browsers, (long) maxPages * organisations));
    }

    /** Sized for one municipality's site on a laptop: a scan of a few minutes per organisation. */
    public static Limits defaults() {
        return new Limits(500, 10, Duration.ofSeconds(20), Duration.ofSeconds(45), 10L * 1024 * 1024, 2);
    }
}
