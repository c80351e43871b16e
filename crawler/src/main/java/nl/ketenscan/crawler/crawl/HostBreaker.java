package nl.ketenscan.crawler.crawl;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenscan.rules.Message;

/**
 * Stops a scan from asking a host that keeps failing: after {@code threshold} failures in a row
 * (no answer, 429, or a 5xx, each after the {@link Fetcher}'s retries) the host is left alone for
 * the rest of the scan. Its remaining pages stay in the frontier, so the scan is incomplete and a
 * later {@code --resume} tries them again. A page that answered, even with a 404, resets the count.
 */
public final class HostBreaker {

    /** Enough to ride out a restart of a busy server, few enough not to hammer a dead one. */
    public static final int DEFAULT_THRESHOLD = 10;

    private final int threshold;
    private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();

    public HostBreaker(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the breaker needs at least 1 failure to open, got " + threshold);
        }
        this.threshold = threshold;
    }

    /** Whether the URL's host was given up on. */
    public boolean stopped(String url) {
        return stopped.contains(host(url));
    }

    /**
     * Counts the answer to {@code url}.
     *
     * @return a note for the report when this answer made ketenscan give the host up
     */
    public Optional<Message> record(String url, FetchResult result) {
        String host = host(url);
        if (!isFailure(result)) {
            failuresInARow.remove(host);
            return Optional.empty();
        }
        int failures = failuresInARow.merge(host, 1, Integer::sum);
        if (failures < threshold || !stopped.add(host)) {
            return Optional.empty();
        }
        String last = result.status() == 0 ? result.error() : "HTTP " + result.status();
        return Optional.of(Message.of("note.host-stopped", host, failures, last));
    }

    private static boolean isFailure(FetchResult result) {
        return result.status() == 0 || result.status() == 429 || result.status() >= 500;
    }

    private static String host(String url) {
        return Origin.of(url).map(Origin::hostAndPort).orElse(url);
    }
}
