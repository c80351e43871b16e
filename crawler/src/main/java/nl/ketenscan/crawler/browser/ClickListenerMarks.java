package nl.ketenscan.crawler.browser;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Has the browser mark, in every new document and before the page's scripts, the elements that get a
 * click, mouse or pointer listener. A listener leaves no trace a script can read afterwards, and the
 * DevTools listener query works one element at a time; a mark costs nothing until the tab walk reads it.
 * A browser that refuses DevTools commands (a Grid that passes none on) goes without marks: the walk then
 * finds only {@code onclick} and roles.
 */
final class ClickListenerMarks {

    private static final String SOURCE = BrowserScripts.read("click-listeners.js");

    private ClickListenerMarks() {
    }

    static void register(WebDriver driver) {
        if (driver instanceof HasCdp devTools) {
            try {
                devTools.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
            } catch (WebDriverException notOffered) {
                // the walk goes without listener marks
            }
        }
    }
}
