package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The loaded page as one gatherer gets it: scripts run in it within the gatherer's budget, and every
 * change made through it (viewport, emulated orientation, added styles) is undone by
 * {@link #restore()}, which {@link PageGatherers} calls when the gatherer ends. So the next gatherer,
 * and the evidence taken after them, see the page as axe saw it.
 *
 * <p>Emulation goes through the Chrome DevTools commands chromedriver passes on itself, the endpoint
 * axe is registered through; a driver that offers none (a Grid that passes no commands on) makes the
 * gatherers that need it end without an artifact.
 */
final class LivePage {

    private static final String ADD_STYLE = "var style = document.createElement('style');"
            + " style.setAttribute('data-ketenscan', ''); style.textContent = arguments[0];"
            + " (document.head || document.documentElement).appendChild(style); return true;";
    private static final String REMOVE_STYLES = "document.querySelectorAll('style[data-ketenscan]')"
            + ".forEach(function (s) { s.remove(); }); return true;";
    private static final String SCROLL_POSITION = "return [window.scrollX, window.scrollY];";
    private static final String SCROLL_TO = "window.scrollTo(arguments[0], arguments[1]); return true;";

    /** Scripts of the page that lay it out again on a resize get a moment, as they would for a visitor. */
    private static final Duration RELAYOUT = Duration.ofMillis(150);

    private final WebDriver driver;
    private final long deadline;
    private final Duration budget;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    LivePage(WebDriver driver, Duration budget) {
        this.driver = driver;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Runs a script in the top document. The script must return a value (not null or undefined): dialogs
     * the page opens meanwhile are dismissed and the script run again.
     *
     * @throws OutOfTime when the budget is used up before it starts
     */
    Object script(String script, Object... args) {
        checkTime();
        return DialogSafeScripts.execute(driver, script, args);
    }

    /** @throws OutOfTime when the gatherer's budget is used up */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new OutOfTime(budget);
        }
    }

    /** Waits, but never past the budget; false when there was not that much time left or the scan stops. */
    boolean pause(Duration pause) {
        if (System.nanoTime() + pause.toNanos() - deadline > 0) {
            return false;
        }
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Adds a style sheet to the top document, as a user's style sheet would be: the rules need
     * {@code !important} to win over the page's own.
     */
    void addStyle(String css) {
        if (undo.stream().noneMatch(StyleRemoval.class::isInstance)) {
            undo.push(new StyleRemoval());
        }
        script(ADD_STYLE, css);
    }

    /**
     * Emulates a viewport of {@code width} by {@code height} CSS px at {@code scale} device pixels per CSS
     * px, held in portrait or landscape: what a phone, or a desktop browser zoomed in, lays out. Returns
     * once the page's own scripts had a moment to respond to the resize.
     *
     * @throws WebDriverException when the browser offers no DevTools commands or refuses this one
     */
    void emulateViewport(int width, int height, double scale, boolean portrait) {
        checkTime();
        HasCdp devTools = devTools();
        if (undo.stream().noneMatch(ViewportReset.class::isInstance)) {
            undo.push(new ViewportReset(devTools, (List<?>) script(SCROLL_POSITION)));
        }
        devTools.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", scale, "mobile", false,
                "screenOrientation", Map.of("type", portrait ? "portraitPrimary" : "landscapePrimary",
                        "angle", portrait ? 0 : 90)));
        pause(RELAYOUT);
    }

    /** Undoes every change, newest first. */
    void restore() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    private HasCdp devTools() {
        if (driver instanceof HasCdp devTools) {
            return devTools;
        }
        throw new WebDriverException("this browser offers no Chrome DevTools commands, which emulating a viewport needs");
    }

    /** Removes the style sheets added; one removal takes them all. */
    private final class StyleRemoval implements Runnable {
        @Override
        public void run() {
            DialogSafeScripts.execute(driver, REMOVE_STYLES);
        }
    }

    /** Back to the window's own viewport, scrolled where the page was. */
    private final class ViewportReset implements Runnable {
        private final HasCdp devTools;
        private final List<?> scroll;

        ViewportReset(HasCdp devTools, List<?> scroll) {
            this.devTools = devTools;
            this.scroll = scroll;
        }

        @Override
        public void run() {
            devTools.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            DialogSafeScripts.execute(driver, SCROLL_TO, scroll.get(0), scroll.get(1));
        }
    }

    /** The gatherer's budget ran out: its artifact is missing on this page, and a note says so. */
    static final class OutOfTime extends RuntimeException {
        OutOfTime(Duration budget) {
            super("did not finish within its " + budget.toMillis() + " ms");
        }
    }
}
