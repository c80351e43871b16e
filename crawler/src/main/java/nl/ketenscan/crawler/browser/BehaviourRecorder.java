package nl.ketenscan.crawler.browser;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Has the browser evaluate {@code behaviour-recorder.js} in every new document before the document's
 * own scripts, as axe is registered: it notes the handlers the page adds, the text it changes after
 * loading and what it plays, which {@link BehaviourGatherer} reads after axe. A browser that offers no
 * way to register it gets no record, and the behaviour checks then say nothing about its pages.
 */
final class BehaviourRecorder {

    private static final String SCRIPT = PageScripts.load("behaviour-recorder.js");

    private BehaviourRecorder() {
    }

    static void register(WebDriver driver) {
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (devTools != null) {
            try {
                devTools.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
            } catch (WebDriverException notOffered) {
                // the behaviour gatherer then finds no record and notes that on each page
            }
        }
    }
}
