package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Runs axe on the page a driver shows, frames included.
 *
 * <p>This is ketenscan's hot path, so it does not go through {@code AxeBuilder.analyze}: it makes sure
 * every frame, innermost frames included, has the bundled script, then calls {@code axe.run} once in
 * the top document through {@code executeAsyncScript}; axe's own frame messaging gathers the frames'
 * results. Measured on a 200-page site that is about 2.5 times faster than the wrapper's default path
 * with identical findings. The results are still parsed into the wrapper's {@link Results}.
 *
 * <p>Where the browser allows it ({@link #register}), the script is handed to it once per browser and
 * evaluated in each new document, so that the half megabyte of axe does not travel from the JVM through
 * chromedriver and the browser process for every page: on two cores that traffic was a fifth of the CPU
 * a page cost. A frame that still lacks axe (a frame of another site, in its own process) gets it sent.
 */
final class AxeRunner {

    private static final String RUN = String.join("\n",
            "var done = arguments[arguments.length - 1];",
            "axe.run(document, JSON.parse(arguments[0])).then(",
            "  function (results) { done(JSON.stringify(results)); },",
            "  function (error) { done({ error: String(error && error.message || error) }); });");

    /** A dialog opened by any frame while axe runs would interrupt it. */
    private static final String SILENCE_DIALOGS = "window.alert = function () {};"
            + " window.confirm = function () { return false; }; window.prompt = function () { return null; };\n";

    /**
     * Lets frames of other origins answer the top document: since axe 4.3 they stay silent by default,
     * and then defects inside embedded forms and widgets of chain partners would go unseen.
     */
    private static final String ANSWER_ALL_ORIGINS = "\n;axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });";

    /**
     * Ends the injection, so that finding the frames to inject next costs no extra round trip. Frames
     * inside shadow roots count too: axe asks them for results as well.
     */
    private static final String LIST_FRAMES = String.join("\n", "",
            "var frames = [];",
            "(function collect(root) {",
            "  root.querySelectorAll('iframe, frame').forEach(function (frame) { frames.push(frame); });",
            "  root.querySelectorAll('*').forEach(function (e) { if (e.shadowRoot) { collect(e.shadowRoot); } });",
            "})(document);",
            "return frames;");

    /**
     * Whether a document has this axe, and its frames: one small round trip per document once axe is
     * registered with the browser.
     */
    private static final String PROBE_PREFIX = "if (!(window.axe && axe.version === arguments[0])) { return false; }\n";

    private final AxeScript script;
    private final String injection;
    private final String probe;
    private final String optionsJson;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Whether the current browser evaluates axe in each new document itself. */
    private boolean registered;

    AxeRunner(AxeScript script) {
        this(script, AxeRuleSelection.options());
    }

    /** @param options axe.run's options object */
    AxeRunner(AxeScript script, Map<String, Object> options) {
        this.script = script;
        this.injection = SILENCE_DIALOGS + script.source() + ANSWER_ALL_ORIGINS + LIST_FRAMES;
        this.probe = PROBE_PREFIX + SILENCE_DIALOGS + LIST_FRAMES;
        try {
            this.optionsJson = json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("axe options must be plain JSON values: " + options, e);
        }
    }

    /**
     * Has the browser evaluate axe in every document it creates from now on, before the document's own
     * scripts, so that {@link #run} need not send it. Dialogs are still silenced only when axe runs, so
     * the page's own loading meets its dialogs as a visitor's browser would.
     *
     * <p>Called for every browser the session starts. A driver that offers no way to register scripts
     * (a Grid that passes no Chrome DevTools commands on) gets axe sent to every document instead.
     */
    void register(WebDriver driver) {
        registered = false;
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (devTools != null) {
            try {
                devTools.send("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", script.source() + ANSWER_ALL_ORIGINS));
                registered = true;
            } catch (WebDriverException notOffered) {
                // sent with every page instead
            }
        }
    }

    /**
     * Runs axe in the current page.
     *
     * @return the results; errored ({@link Results#isErrored()}) when axe could not be injected, failed or
     *         timed out in this page
     * @throws org.openqa.selenium.WebDriverException when the driver itself fails
     */
    Results run(WebDriver driver) {
        try {
            injectIntoFrames(driver);
            return parse(((JavascriptExecutor) driver).executeAsyncScript(RUN, optionsJson));
        } catch (JavascriptException e) {
            return errored("axe failed in the page: " + WebDriverFailures.summary(e));
        } catch (ScriptTimeoutException e) {
            return errored("axe did not finish within the page budget");
        } catch (UnhandledAlertException e) {
            return errored("a dialog interrupted axe: " + WebDriverFailures.summary(e));
        }
    }

    /**
     * Silences dialogs and injects axe in the current document and, depth first, in the documents of all
     * its frames: a frame without axe cannot answer the top document's axe and would go unchecked. Ends in
     * the document it started in.
     */
    private void injectIntoFrames(WebDriver driver) {
        Object probed = registered ? DialogSafeScripts.execute(driver, probe, script.version()) : false;
        List<?> frames = (List<?>) (probed instanceof List<?> ready ? ready : DialogSafeScripts.execute(driver, injection));
        for (Object element : frames) {
            WebElement frame = (WebElement) element;
            try {
                driver.switchTo().frame(frame);
            } catch (NoSuchFrameException | StaleElementReferenceException removedMeanwhile) {
                // a frame the page removed while axe was being injected is no longer there to check
                continue;
            }
            injectIntoFrames(driver);
            driver.switchTo().parentFrame();
        }
    }

    private Results parse(Object value) {
        if (value instanceof String text) {
            try {
                return json.readValue(text, Results.class);
            } catch (JsonProcessingException e) {
                return errored("axe's results could not be read: " + e.getOriginalMessage());
            }
        }
        if (value instanceof Map<?, ?> failure && failure.get("error") != null) {
            return errored("axe failed in the page: " + failure.get("error"));
        }
        return errored("axe returned no results but " + value);
    }

    private static Results errored(String message) {
        Results results = new Results();
        results.setErrorMessage(new IllegalStateException(message));
        return results;
    }

    String axeVersion() {
        return script.version();
    }
}
