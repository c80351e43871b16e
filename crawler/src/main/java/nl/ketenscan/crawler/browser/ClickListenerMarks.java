package nl.ketenscan.crawler.browser;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Has the browser mark, in every new document and before the page's scripts, the elements that get a
 * click, mouse or pointer listener, for the tab walk to name elements that act on a click but take no
 * focus. A listener leaves no trace a script can read afterwards, and the DevTools listener query works
 * one element at a time; a mark costs nothing until the walk reads it. A browser that refuses DevTools
 * commands (a Grid that passes none on) goes without marks: the walk then finds only {@code onclick}
 * handlers and roles.
 */
final class ClickListenerMarks {

    private static final String SOURCE = String.join("\n",
            "(function () {",
            "  var MARK = Symbol.for('ketenscan.clickListener');",
            "  var TYPES = { click: 1, mousedown: 1, mouseup: 1, pointerdown: 1, pointerup: 1 };",
            "  var add = EventTarget.prototype.addEventListener;",
            "  EventTarget.prototype.addEventListener = function (type, listener, options) {",
            "    if (TYPES[type] === 1 && this && this.nodeType === 1) {",
            "      try { Object.defineProperty(this, MARK, { value: true, configurable: true }); } catch (e) { /* frozen */ }",
            "    }",
            "    return add.call(this, type, listener, options);",
            "  };",
            "})();");

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
