package nl.ketenscan.crawler.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;

/**
 * Runs scripts in pages that open alert, confirm and prompt dialogs. chromedriver dismisses a dialog it
 * meets, but then fails the command or, when the dialog opened while the script ran, drops the script's
 * result. So scripts run here always return a value, and are tried again until they do; a page gets a
 * bounded number of dialogs before it counts as impossible to check.
 */
final class DialogSafeScripts {

    static final int MAX_DIALOGS = 100;

    private DialogSafeScripts() {
    }

    /**
     * @param script a script that returns a value other than null or undefined
     * @throws UnhandledAlertException when the page kept opening dialogs
     */
    static Object execute(WebDriver driver, String script, Object... args) {
        for (int attempt = 0; attempt < MAX_DIALOGS; attempt++) {
            try {
                Object value = ((JavascriptExecutor) driver).executeScript(script, args);
                if (value != null) {
                    return value;
                }
            } catch (UnhandledAlertException dismissed) {
                // the driver dismissed the dialog, so the next attempt can run
            }
        }
        throw new UnhandledAlertException("the page opened more than " + MAX_DIALOGS + " dialogs");
    }
}
