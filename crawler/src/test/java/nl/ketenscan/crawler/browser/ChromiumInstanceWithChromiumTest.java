package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChromiumInstanceWithChromiumTest {

    private static final BrowserSettings LOCAL = BrowserSettings.local(Duration.ofSeconds(20));

    @Test
    void killingLeavesNoProcessBehind() {
        Set<Long> before = ownProcesses();
        ChromiumInstance browser = ChromiumInstance.launch(LOCAL);
        assertTrue(ownProcesses().size() > before.size() + 1, "chromedriver and Chromium run");

        browser.kill();

        assertEquals(before, ownProcesses());
    }

    @Test
    void closingLeavesNoProcessBehind() {
        Set<Long> before = ownProcesses();
        ChromiumInstance browser = ChromiumInstance.launch(LOCAL);

        browser.close();

        assertEquals(before, ownProcesses());
    }

    private static Set<Long> ownProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
