package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.ketenscan.crawler.crawl.FixtureServer;
import org.junit.jupiter.api.Test;

class BrowserPoolWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    @Test
    void sharesItsSessionsBetweenThreads() throws Exception {
        try (FixtureServer site = FixtureServer.start("127.0.0.1");
             BrowserPool pool = new BrowserPool(BrowserSettings.local(BUDGET), 2)) {
            site.serve("/browser", Map.of());
            BrowserSession first = pool.acquire();
            BrowserSession second = pool.acquire();
            assertNotSame(first, second);

            CompletableFuture<RenderedPage> elsewhere =
                    CompletableFuture.supplyAsync(() -> second.check(site.url("/clean.html")));
            RenderedPage here = first.check(site.url("/defects.html"));
            assertNull(elsewhere.get(1, TimeUnit.MINUTES).error());
            assertNull(here.error());
            assertEquals("Municipality - contact", elsewhere.get().title());

            pool.release(second);
            assertSame(second, pool.acquire());
            pool.release(first);
            pool.release(second);
            assertThrows(IllegalStateException.class, () -> pool.release(first));
        }
    }

    @Test
    void refusesSessionsOfAnotherPool() throws Exception {
        BrowserSettings settings = BrowserSettings.local(BUDGET);
        try (BrowserPool pool = new BrowserPool(settings, 1);
             BrowserSession stranger = BrowserSession.start(settings)) {
            assertThrows(IllegalArgumentException.class, () -> pool.release(stranger));
        }
    }

    @Test
    void failsAtStartWhenTheDriverIsMissing() throws IOException {
        BrowserSettings local = BrowserSettings.local(BUDGET);
        BrowserSettings broken =
                new BrowserSettings(local.chrome(), Path.of("/nonexistent/chromedriver"), BUDGET, null, null);

        BrowserUnavailableException e =
                assertThrows(BrowserUnavailableException.class, () -> new BrowserPool(broken, 2));

        assertTrue(e.getMessage().contains("/nonexistent/chromedriver"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void closedWhileItsOtherSessionsStartItEndsThemToo() throws InterruptedException {
        BrowserPool pool = new BrowserPool(BrowserSettings.local(BUDGET), 3);
        assertTrue(chromedrivers() >= 1, "the first session runs when the pool is handed over");

        pool.close();

        // the browsers' process groups are ended by their watchers, without the pool waiting for them
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (chromedrivers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, chromedrivers(), "no session started meanwhile outlives the pool");
    }

    private static long chromedrivers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("chromedriver")).count();
    }
}
