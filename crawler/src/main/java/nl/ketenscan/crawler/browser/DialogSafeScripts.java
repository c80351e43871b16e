package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * Runs scripts in pages that open alert, confirm and prompt dialogs. chromedriver dismisses a dialog it
 * meets, but then fails the command or, when the dialog opened while the script ran, drops the script's
 * result. So scripts run here always return a value, and are tried again until they do; a page gets a
 * bounded number of dialogs before it counts as impossible to check.
 */
final class DialogSafeScripts {

    static final int MAX_DIALOGS = 100;

    private static final Json JSON = new Json();

    private DialogSafeScripts() {
    }

    /**
     * Runs a script through chromedriver's script command: for scripts that take or return elements, and
     * for those run while the page is loading or leaving, before which chromedriver lets a navigation
     * settle. Any other goes through {@link #values}.
     *
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

    /**
     * Runs a script whose arguments and result are plain values: numbers, strings, booleans, and lists and
     * maps of them, never an element. Where the driver passes DevTools commands on, it runs as
     * {@code Runtime.evaluate}: chromedriver's own script command wraps every script in a script of its own
     * that looks for elements in the arguments and the result, and costs the browser, chromedriver and
     * the page about twice the CPU. The gatherers' many small scripts are most of what they cost.
     *
     * @param script  a script that returns a value other than null or undefined
     * @param timeout how long the script may run before the browser ends it, failing the call
     * @throws JavascriptException     when the script throws
     * @throws UnhandledAlertException when the page kept opening dialogs
     */
    static Object values(WebDriver driver, Duration timeout, String script, Object... args) {
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (devTools == null) {
            return execute(driver, script, args);
        }
        Map<String, Object> evaluate = Map.of(
                "expression", "(function () {\n" + script + "\n}).apply(null, " + JSON.toJson(Arrays.asList(args)) + ")",
                "returnByValue", true,
                "timeout", Math.max(1, timeout.toMillis()));
        for (int attempt = 0; attempt < MAX_DIALOGS; attempt++) {
            Object answer;
            try {
                answer = devTools.send("Runtime.evaluate", evaluate, timeout);
            } catch (UnhandledAlertException dismissed) {
                // a dialog was open before the script ran: the driver dismissed it, so the next attempt can run
                continue;
            }
            // no answer at all: a dialog opened while the script ran, and chromedriver dismissed it
            if (answer instanceof Map<?, ?> evaluated) {
                if (evaluated.get("exceptionDetails") instanceof Map<?, ?> thrown) {
                    throw new JavascriptException(describe(thrown));
                }
                Object value = evaluated.get("result") instanceof Map<?, ?> result ? result.get("value") : null;
                if (value != null) {
                    return value;
                }
            }
        }
        throw new UnhandledAlertException("the page opened more than " + MAX_DIALOGS + " dialogs");
    }

    private static String describe(Map<?, ?> thrown) {
        Object exception = thrown.get("exception") instanceof Map<?, ?> error ? error.get("description") : null;
        return String.valueOf(exception != null ? exception : thrown.get("text"));
    }
}
