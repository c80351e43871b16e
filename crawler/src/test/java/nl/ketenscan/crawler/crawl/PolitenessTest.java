package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher's manners towards one host, measured by a server that records when each request
 * arrived and how many were open at once.
 */
class PolitenessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FixtureServer site = FixtureServer.start();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        site.close();
    }

    private Fetcher fetcher(int connections, double perSecond) {
        return new Fetcher(TIMEOUT, 64 * 1024, "ketenscan-test/1.0", new HostPoliteness(connections, perSecond),
                Credentials.none());
    }

    /** A page that takes a while to answer, so that requests overlap when nothing holds them back. */
    private void slowPage(String path) {
        site.handle(path, exchange -> {
            arrivals.add(System.nanoTime());
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                open.decrementAndGet();
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            FixtureServer.send(exchange, 200, "<p>traag</p>".getBytes(StandardCharsets.UTF_8));
        });
    }

    private List<FetchResult> fetchAtOnce(Fetcher fetcher, int count) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(count);
        try {
            List<Future<FetchResult>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String url = site.url("/traag?i=" + i);
                pending.add(workers.submit(() -> fetcher.fetch(url, Scope.origin(url))));
            }
            List<FetchResult> results = new ArrayList<>();
            for (Future<FetchResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aHostNeverGetsMoreRequestsAtOnceThanItsLimit() throws Exception {
        slowPage("/traag");

        List<FetchResult> results = fetchAtOnce(fetcher(2, 1000), 8);

        results.forEach(result -> assertEquals(200, result.status()));
        assertEquals(8, arrivals.size());
        assertTrue(mostOpen.get() <= 2, "at most 2 requests at once, saw " + mostOpen.get());
    }

    @Test
    void requestStartsAreSpacedByTheRequestRate() throws Exception {
        slowPage("/traag");

        fetchAtOnce(fetcher(8, 4), 4);

        List<Long> sorted = arrivals.stream().sorted().toList();
        long spanMillis = (sorted.get(3) - sorted.get(0)) / 1_000_000;
        assertTrue(spanMillis >= 600, "4 requests at 4 per second start 750 ms apart in all, took "
                + spanMillis + " ms");
    }

    @Test
    void aCrawlDelayStretchesTheInterval() {
        slowPage("/traag");
        Fetcher fetcher = fetcher(4, 1000);
        fetcher.honourCrawlDelay(site.origin(), Duration.ofMillis(800));

        fetcher.fetch(site.url("/traag"), Scope.origin(site.origin()));
        fetcher.fetch(site.url("/traag"), Scope.origin(site.origin()));

        assertTrue(arrivals.get(1) - arrivals.get(0) >= 600_000_000L, "the second request waited for the Crawl-delay");
    }

    @Test
    void a429WithRetryAfterIsAskedAgainAfterThatLong() {
        AtomicInteger asked = new AtomicInteger();
        site.handle("/druk", exchange -> {
            arrivals.add(System.nanoTime());
            if (asked.incrementAndGet() == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                FixtureServer.send(exchange, 429, "rustig aan".getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                FixtureServer.send(exchange, 200, "<p>welkom</p>".getBytes(StandardCharsets.UTF_8));
            }
        });

        FetchResult result = fetcher(4, 1000).fetch(site.url("/druk"), Scope.origin(site.origin()));

        assertEquals(200, result.status());
        assertNull(result.error());
        assertEquals(2, arrivals.size());
        assertTrue(arrivals.get(1) - arrivals.get(0) >= 1_000_000_000L, "the retry came at least 1 s later");
    }

    @Test
    void a503IsAskedAgainAtMostTwiceThenItsAnswerStands() {
        site.handle("/onderhoud", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.getResponseHeaders().set("Retry-After", "0");
            FixtureServer.send(exchange, 503, "onderhoud".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult result = fetcher(4, 1000).fetch(site.url("/onderhoud"), Scope.origin(site.origin()));

        assertEquals(503, result.status());
        assertEquals(1 + Fetcher.MAX_RETRIES, arrivals.size());
    }

    @Test
    void aServerAskingForMoreThanAMinuteIsNotWaitedFor() {
        site.handle("/morgen", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.getResponseHeaders().set("Retry-After", "86400");
            FixtureServer.send(exchange, 429, "morgen weer".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult result = fetcher(4, 1000).fetch(site.url("/morgen"), Scope.origin(site.origin()));

        assertEquals(429, result.status());
        assertEquals(1, arrivals.size());
    }

    @Test
    void otherStatusesAreNotRetried() {
        site.respond("/fout", 500, "text/plain", "kapot");

        FetchResult result = fetcher(4, 1000).fetch(site.url("/fout"), Scope.origin(site.origin()));

        assertEquals(500, result.status());
        assertEquals(1, site.requests("/fout"));
    }
}
