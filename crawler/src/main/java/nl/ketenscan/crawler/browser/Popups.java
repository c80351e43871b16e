package nl.ketenscan.crawler.browser;

import org.openqa.selenium.WebDriver;

/**
 * Closes the windows a page opened with {@code window.open}, so they neither pile up over a scan nor
 * take the focus from the window the next page loads in.
 */
final class Popups {

    private final WebDriver driver;
    private final String keep;

    /** @param keep the handle of the window pages are checked in */
    Popups(WebDriver driver, String keep) {
        this.driver = driver;
        this.keep = keep;
    }

    void close() {
        if (driver.getWindowHandles().size() == 1) {
            return;
        }
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(keep)) {
                driver.switchTo().window(handle);
                driver.close();
            }
        }
        driver.switchTo().window(keep);
    }
}
