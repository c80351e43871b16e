package nl.ketenscan.crawler.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;

/**
 * Runs scripts in pages that open alert, confirm and prompt dialogs. chromedriver dismisses a dialog
 * that is open when a command arrives, yet fails that command; the next try runs, unless the page opens
 * the next dialog first, so a page gets a bounded number of dialogs before it counts as unusable.
 */
final class DialogSafeScripts {

    static final int MAX_DIALOGS = 100;

    private DialogSafeScripts() {
    }

    /** @throws UnhandledAlertException when the page kept opening dialogs */
    static Object execute(WebDriver driver, String script, Object... args) {
        UnhandledAlertException last = null;
        for (int attempt = 0; attempt < MAX_DIALOGS; attempt++) {
            try {
                return ((JavascriptExecutor) driver).executeScript(script, args);
            } catch (UnhandledAlertException dismissed) {
                last = dismissed;
            }
        }
        throw last;
    }
}
