package nl.ketenscan.crawler;

import java.util.concurrent.TimeUnit;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.SeleniumGridProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * The sites of {@link RenderedLinksWithChromiumTest} (a menu built by script, a history-API and a
 * hash-routed single-page site, in-page anchors, frames) crawled with the browser on a Selenium Grid:
 * the same pages with the same findings, since the links are read in the page and come back through
 * the same WebDriver calls. The Grid runs on loopback from the selenium-grid test dependency.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RenderedLinksWithGridTest extends RenderedLinksWithChromiumTest {

    private SeleniumGridProcess grid;

    @Override
    BrowserSettings browserSettings() throws Exception {
        grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET));
        return new BrowserSettings(null, null, BUDGET, grid.url(), null);
    }

    @AfterAll
    @Override
    void stopBrowsers() throws Exception {
        try {
            super.stopBrowsers();
        } finally {
            if (grid != null) {
                grid.close();
            }
        }
    }
}
