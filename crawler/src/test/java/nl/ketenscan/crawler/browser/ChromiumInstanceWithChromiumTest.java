package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
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

    private static Object webSocketUrl(ChromiumInstance browser) {
        return ((HasCapabilities) browser.driver()).getCapabilities().getCapability("webSocketUrl");
    }

    private static Set<Long> ownProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
