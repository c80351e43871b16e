package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.FixtureServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.HasCapabilities;

class ChromiumInstanceWithChromiumTest {

    private static final BrowserSettings LOCAL = BrowserSettings.local(Duration.ofSeconds(20));

    @Test
    void killingLeavesNoProcessBehind() {
        Set<Long> before = ownProcesses();
        ChromiumInstance browser = ChromiumInstance.launch(LOCAL, Credentials.none());
        assertTrue(ownProcesses().size() > before.size() + 1, "chromedriver and Chromium run");

        browser.kill();

        assertEquals(before, ownProcesses());
    }

    /** Closing does not wait for the browser (the scan exits meanwhile), but the browser ends all the same. */
    @Test
    void closingLeavesNoProcessBehind() throws InterruptedException {
        Set<Long> before = ownProcesses();
        ChromiumInstance browser = ChromiumInstance.launch(LOCAL, Credentials.none());

        browser.close();

        assertEquals(before, processesOnceEnded(before));
    }

    /** What the browsers an earlier test closed leave running ends too, in its own time. */
    @BeforeEach
    void browsersOfEarlierTestsHaveEnded() throws InterruptedException {
        assertEquals(Set.of(), processesOnceEnded(Set.of()));
    }

    /** This JVM's processes once they are {@code expected}, or after 30 s. */
    private static Set<Long> processesOnceEnded(Set<Long> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!expected.equals(ownProcesses()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return ownProcesses();
    }

    /** Every request is held until it is judged, with or without credentials: BiDi always runs. */
    @Test
    void runsBiDiAlsoWithoutCredentials() {
        Object webSocket;
        try (ChromiumInstance browser = ChromiumInstance.launch(LOCAL, Credentials.none())) {
            webSocket = webSocketUrl(browser);
        }

        assertTrue(String.valueOf(webSocket).startsWith("ws://"), String.valueOf(webSocket));
    }

    /** Site owners can tell the scan's page loads from their visitors, as they can its fetches. */
    @Test
    void namesKetenscanInTheUserAgentOfItsPageLoads() {
        List<String> agents = new CopyOnWriteArrayList<>();
        try (FixtureServer site = FixtureServer.start("127.0.0.1");
             ChromiumInstance browser = ChromiumInstance.launch(LOCAL.withAgent("ketenscan/test (+https://example.nl/scan)"),
                     Credentials.none())) {
            site.handle("/wie.html", exchange -> {
                agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                FixtureServer.startPage(exchange, "<title>Wie</title>").close();
            });

            browser.enter(Scope.origin(site.origin()));
            browser.open(site.url("/wie.html"));
        }

        assertEquals(1, agents.size());
        assertTrue(agents.get(0).endsWith(" ketenscan/test (+https://example.nl/scan)"), agents.get(0));
        assertTrue(agents.get(0).contains(" Chrome/") && !agents.get(0).contains("Headless"), agents.get(0));
    }

    private static Object webSocketUrl(ChromiumInstance browser) {
        return ((HasCapabilities) browser.driver()).getCapabilities().getCapability("webSocketUrl");
    }

    private static Set<Long> ownProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
