package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The gatherers' way into the page: DevTools commands posted straight to the local chromedriver, and
 * scripts run through them as {@code Runtime.evaluate}, in real Chromium.
 */
class DevToolsCommandsWithChromiumTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
        fixtures.open("reflow-passes.html");
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    private static WebDriver driver() {
        return fixtures.browser().driver();
    }

    @Test
    void aScriptGetsItsArgumentsAndReturnsPlainValues() {
        Object value = DialogSafeScripts.values(driver(), TIMEOUT,
                "return [arguments[0] + 1, arguments[1], {name: arguments[2], half: 0.5}];", 41, true, "één");

        assertEquals(List.of(42L, true, Map.of("name", "één", "half", 0.5)), value);
    }

    @Test
    void aScriptThatThrowsFailsWithItsError() {
        JavascriptException thrown = assertThrows(JavascriptException.class,
                () -> DialogSafeScripts.values(driver(), TIMEOUT, "throw new TypeError('kapot');"));

        assertTrue(thrown.getMessage().contains("TypeError: kapot"), thrown.getMessage());
    }

    /**
     * chromedriver dismisses the dialog; then either the script goes on, or chromedriver gives no answer
     * and the script runs again, the dialog gone. Either way the call returns what the script returned.
     */
    @Test
    void aScriptThatOpensADialogStillAnswers() {
        Object value = DialogSafeScripts.values(driver(), TIMEOUT,
                "window.__runs = (window.__runs || 0) + 1; if (window.__runs === 1) { alert('hallo'); } return window.__runs;");

        assertTrue(value.equals(1L) || value.equals(2L), String.valueOf(value));
        assertEquals(value, DialogSafeScripts.values(driver(), TIMEOUT, "return window.__runs;"), "no dialog is left open");
    }

    /** A dialog the page opened on its own, between two scripts, does not keep the next one from answering. */
    @Test
    void aDialogOpenBeforeTheScriptIsDismissed() throws InterruptedException {
        DialogSafeScripts.values(driver(), TIMEOUT, "setTimeout(function () { confirm('Doorgaan?'); }, 0); return true;");
        Thread.sleep(200);

        assertEquals("na de dialoog", DialogSafeScripts.values(driver(), TIMEOUT, "return 'na de dialoog';"));
    }

    @Test
    void aScriptStillRunningAtItsTimeoutIsEnded() {
        assertThrows(WebDriverException.class,
                () -> DialogSafeScripts.values(driver(), Duration.ofMillis(200), "while (true) {} return 1;"));
        assertEquals(1L, DialogSafeScripts.values(driver(), TIMEOUT, "return 1;"), "the page still answers");
    }

    @Test
    void aCommandTheBrowserDoesNotKnowFailsWithChromedriversError() {
        WebDriverException thrown = assertThrows(WebDriverException.class,
                () -> DevToolsCommands.of(driver()).send("Ketenscan.doesNotExist", Map.of(), TIMEOUT));

        assertTrue(thrown.getMessage().contains("Ketenscan.doesNotExist"), thrown.getMessage());
    }
}
