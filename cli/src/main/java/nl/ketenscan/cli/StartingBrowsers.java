package nl.ketenscan.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import nl.ketenscan.crawler.crawl.Credentials;

/**
 * The scan's browsers while they start, on a thread of their own, so that the rest of a scan's start
 * (the store, the seeds' robots.txt) happens meanwhile: starting Chromium and registering axe take longer
 * than everything else before the first page. Errors come out of {@link #await} as they would have from
 * starting the browsers in place.
 */
final class StartingBrowsers {

    private final CompletableFuture<BrowserPool> pool;

    private StartingBrowsers(CompletableFuture<BrowserPool> pool) {
        this.pool = pool;
    }

    /** Starts {@code sessions} browsers as {@code crawling} says, with its User-Agent, and {@code credentials}. */
    static StartingBrowsers start(Crawling crawling, int sessions, Credentials credentials) {
        CompletableFuture<BrowserPool> pool = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                pool.complete(new BrowserPool(crawling.browser().withAgent(crawling.userAgent()), sessions,
                        credentials));
            } catch (Throwable e) {
                pool.completeExceptionally(e);
            }
        }, "ketenscan-browser-start");
        starter.setDaemon(true);
        starter.start();
        return new StartingBrowsers(pool);
    }

    /**
     * The started browsers, once they are.
     *
     * @throws UserError (exit code 3) when a browser could not start
     */
    BrowserPool await() {
        try {
            return pool.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BrowserUnavailableException unavailable) {
                throw new UserError(ExitCode.CANNOT_RUN, unavailable.getMessage());
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** For a scan that ends before its first page: the browsers are ended once they have started. */
    void abandon() {
        try {
            pool.join().close();
        } catch (RuntimeException ignored) {
            // a browser that did not start has nothing to end, and the scan's own error is the one to tell
        }
    }
}
