package nl.ketenscan.crawler.browser;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/** What the browser calls itself to the sites it loads pages from. */
final class UserAgent {

    private UserAgent() {
    }

    /**
     * Adds ketenscan's name to the User-Agent the browser sends, through the Chrome DevTools command the
     * driver offers locally and on a Grid. "HeadlessChrome" becomes "Chrome", as Lighthouse does: some
     * sites turn headless browsers away, and their error page would be checked instead of the page.
     * A driver without the command keeps the browser's own User-Agent.
     */
    static void announce(WebDriver driver, String agent) {
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (agent == null || devTools == null) {
            return;
        }
        try {
            String own = (String) ((JavascriptExecutor) driver).executeScript("return navigator.userAgent;");
            devTools.send("Emulation.setUserAgentOverride",
                    Map.of("userAgent", own.replace("HeadlessChrome/", "Chrome/") + " " + agent));
        } catch (WebDriverException notOffered) {
            // the browser's own User-Agent it is
        }
    }
}
