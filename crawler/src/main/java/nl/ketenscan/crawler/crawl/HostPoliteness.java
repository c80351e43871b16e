package nl.ketenscan.crawler.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How hard ketenscan may ask one host, so that a scan is not noticed by a municipality's web server:
 * at most {@code maxConcurrent} requests to a host at the same time, and the starts of two requests
 * to a host at least an interval apart. The interval is the default one, or the robots.txt
 * Crawl-delay when that is longer, or longer still while the host asked to be left alone with
 * Retry-After.
 *
 * <p>Hosts are told apart by name only: the http and https sides of a host, and two ports of it,
 * are one server and share their limits. One instance is shared by all workers of a scan.
 */
public final class HostPoliteness {

    private final int maxConcurrent;
    private final long intervalNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /**
     * @param maxConcurrent     requests one host gets at the same time, at least 1
     * @param requestsPerSecond request starts one host gets per second; higher values are for
     *                          sites the user runs, e.g. a benchmark on loopback
     */
    public HostPoliteness(int maxConcurrent, double requestsPerSecond) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least 1 request per host at a time is needed, got " + maxConcurrent);
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("the requests per second per host must be positive, got " + requestsPerSecond);
        }
        this.maxConcurrent = maxConcurrent;
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    }

    /** No limits worth the name, for tools and tests that fetch from their own servers. */
    public static HostPoliteness unlimited() {
        return new HostPoliteness(Integer.MAX_VALUE, 1_000_000);
    }

    /** Spaces this host's requests at least {@code delay} apart from now on (robots.txt Crawl-delay). */
    public void honourCrawlDelay(String url, Duration delay) {
        host(url).stretch(delay.toNanos());
    }

    /** Sends nothing to this host for {@code wait} from now (a 429 or 503 with Retry-After). */
    void backOff(String url, Duration wait) {
        host(url).pause(wait.toNanos());
    }

    /**
     * Waits until a request to the URL's host may start and takes one of its places; the caller
     * closes the permit when the response is read.
     */
    Permit enter(String url) throws InterruptedException {
        Host host = host(url);
        host.places.acquire();
        try {
            long wait = host.reserveStart();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            host.places.release();
            throw e;
        }
        return host.places::release;
    }

    /** One request's place at a host; closing it lets the next request in. */
    @FunctionalInterface
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private Host host(String url) {
        String name = Origin.of(url).map(Origin::host).orElse(url);
        return hosts.computeIfAbsent(name, key -> new Host(new Semaphore(maxConcurrent, true), intervalNanos));
    }

    /** One host's places and the earliest moment its next request may start. */
    private static final class Host {

        private final Semaphore places;
        private long interval;
        private long nextStart = System.nanoTime();

        Host(Semaphore places, long interval) {
            this.places = places;
            this.interval = interval;
        }

        synchronized void stretch(long atLeast) {
            interval = Math.max(interval, atLeast);
        }

        synchronized void pause(long wait) {
            nextStart = Math.max(nextStart, System.nanoTime() + wait);
        }

        /** Claims the next start time and says how long to wait for it, in nanoseconds. */
        synchronized long reserveStart() {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            nextStart = start + interval;
            return start - now;
        }
    }
}
