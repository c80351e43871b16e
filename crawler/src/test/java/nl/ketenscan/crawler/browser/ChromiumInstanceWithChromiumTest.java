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
import nl.ketenscan.crawler.crawl.FixtureServer;
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

    @Test
    void closingLeavesNoProcessBehind() {
        Set<Long> before = ownProcesses();
        ChromiumInstance browser = ChromiumInstance.launch(LOCAL, Credentials.none());

        browser.close();

        assertEquals(before, ownProcesses());
    }

    @Test
    void runsClassicWebDriverOnlyWithoutCredentials() {
        Credentials header = Credentials.parse("127.0.0.1 X-Api-Key: sleutel", "", "test headers");
        Object classic;
        Object withCredentials;
        try (ChromiumInstance browser = ChromiumInstance.launch(LOCAL, Credentials.none())) {
            classic = webSocketUrl(browser);
        }
        try (ChromiumInstance browser = ChromiumInstance.launch(LOCAL, header)) {
            withCredentials = webSocketUrl(browser);
        }

        assertFalse(classic instanceof String, "no BiDi connection: " + classic);
        assertTrue(String.valueOf(withCredentials).startsWith("ws://"), String.valueOf(withCredentials));
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
