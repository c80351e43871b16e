package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;

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
    private static final String VIEW = "return [window.scrollX, window.scrollY, window.innerWidth, window.innerHeight,"
            + " window.devicePixelRatio];";
    private static final String SCROLL_TO = "window.scrollTo(arguments[0], arguments[1]); " + VIEW;
    /** Frames a put-back viewport gets to reach the window's own size again before the browser counts as disturbed. */
    private static final int RESET_FRAMES = 10;
    private static final int POINTER_STEP = 25;
    private static final int MAX_POINTER_STEPS = 20;

    /** Whether the page has handled the pointer's last move: what lies under it is hovered. */
    private static final String HOVERED = "var e = document.elementFromPoint(arguments[0], arguments[1]);"
            + " return !e || e.matches(':hover');";
    /**
     * Chromium hands pointer moves to the page with its next frame, and answers before: a page gets this
     * many looks, {@value #FRAME_MILLIS} ms apart, to have handled one.
     */
    private static final int HOVER_LOOKS = 10;
    private static final int FRAME_MILLIS = 17;

    /**
     * Scripts of the page that lay it out again on a resize, some only after a delay of their own, get
     * this long before what a resize seems to break counts: a visitor would see their layout, not the
     * first one.
     */
    private static final Duration RELAYOUT = Duration.ofMillis(150);
    /** How long a script that puts the page back may run, also once the budget is used up. */
    private static final Duration PUT_BACK = Duration.ofSeconds(5);

    private final WebDriver driver;
    private final OriginalView view;
    private final long deadline;
    private final Duration budget;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private long resizedAt;
    private double pointerX;
    private double pointerY;
    private boolean pointerOnPage;

    LivePage(WebDriver driver, Duration budget) {
        this(driver, budget, new OriginalView());
    }

    /** @param view shared by the gatherers of one page, so that it is read once */
    LivePage(WebDriver driver, Duration budget, OriginalView view) {
        this.driver = driver;
        this.view = view;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
        this.resizedAt = System.nanoTime() - RELAYOUT.toNanos();
    }

    WebDriver driver() {
        return driver;
    }

    /** Key presses for this page, sent as a keyboard sends them. */
    Actions keys() {
        return new Actions(driver);
    }

    /**
     * Moves the mouse pointer onto the middle of an element, as a visitor's mouse would: the page gets the
     * pointer events and its {@code :hover} styles apply. From the corner it jumps there (a path across the
     * page would open other triggers' content on the way); from an element on the page it goes in steps
     * of at most {@value #POINTER_STEP} CSS px, so it crosses what lies between as a hand moving the mouse
     * does (a gap between a trigger and its content loses the hover). chromedriver's actions would take a
     * quarter of a second over each move.
     *
     * @param middle what a script of this page returned from {@code ketenscanMiddle(element)}: the
     *               element's middle in the viewport, or false when it lies outside
     * @return false when the middle is outside the viewport, where a pointer cannot reach it
     * @throws WebDriverException when the browser offers no DevTools commands
     */
    boolean pointAt(Object middle) {
        checkTime();
        if (!(middle instanceof List<?> point) || point.size() != 2) {
            return false;
        }
        double x = ((Number) point.get(0)).doubleValue();
        double y = ((Number) point.get(1)).doubleValue();
        double fromX = pointerX;
        double fromY = pointerY;
        int steps = pointerOnPage ? (int) Math.min(MAX_POINTER_STEPS, Math.ceil(Math.hypot(x - fromX, y - fromY) / POINTER_STEP)) : 1;
        for (int step = 1; step < steps; step++) {
            movePointer(fromX + (x - fromX) * step / steps, fromY + (y - fromY) * step / steps);
        }
        movePointer(x, y);
        pointerOnPage = true;
        return true;
    }

    /**
     * Moves the pointer to the viewport's top-left corner, off the page's content; also when the budget is
     * used up, as it puts the page back.
     */
    void pointerAway() {
        movePointer(0, 0);
        pointerOnPage = false;
    }

    /**
     * Moves the pointer and returns once the page has handled the move, or after {@value #HOVER_LOOKS}
     * looks: each move is handled before the next, as a hand's moves are, not merged into one.
     */
    private void movePointer(double x, double y) {
        pointerX = x;
        pointerY = y;
        devTools().send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y), PUT_BACK);
        // not bound by the budget: moving the pointer away puts the page back
        for (int look = 1; look < HOVER_LOOKS && !Boolean.TRUE.equals(DialogSafeScripts.values(driver, PUT_BACK, HOVERED, x, y)); look++) {
            sleepAFrame();
        }
    }

    /** A frame's time, without the page's own timers, which a page may have replaced. */
    private static void sleepAFrame() {
        try {
            Thread.sleep(FRAME_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs a script in the top document. The script must return a value (not null or undefined): dialogs
     * the page opens meanwhile are dismissed and the script run again.
     *
     * @throws OutOfTime when the budget is used up before it starts or while it runs
     */
    Object script(String script, Object... args) {
        checkTime();
        try {
            return DialogSafeScripts.values(driver, Duration.ofNanos(deadline - System.nanoTime()), script, args);
        } catch (WebDriverException e) {
            // the browser ends a script still running when the budget runs out
            checkTime();
            throw e;
        }
    }

    /**
     * Runs a script that puts the page back as the gatherer found it, with the same conditions as
     * {@link #script}, but also once the budget is used up: a gatherer out of time still leaves the page
     * as it was.
     */
    Object putBack(String script, Object... args) {
        return DialogSafeScripts.values(driver, PUT_BACK, script, args);
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
     * The script that adds a style sheet to the top document, as a user's style sheet would be (the rules
     * need {@code !important} to win over the page's own), to run with the scripts that look at its
     * effect ({@link #scripts}). {@link #restore()} removes it.
     */
    Call userStyle(String css) {
        if (undo.stream().noneMatch(StyleRemoval.class::isInstance)) {
            undo.push(new StyleRemoval());
        }
        return new Call(ADD_STYLE, css);
    }

    /** A script and its arguments, to run with others in one round trip. */
    record Call(String script, List<Object> args) {
        Call(String script, Object... args) {
            this(script, Arrays.asList(args));
        }
    }

    /**
     * Runs the scripts one after the other in one round trip, as {@link #script} runs one: each round trip
     * costs the browser, chromedriver and this JVM about as much as a small script.
     *
     * @return their results, in order
     */
    List<?> scripts(Call... calls) {
        StringBuilder all = new StringBuilder("return [");
        for (int i = 0; i < calls.length; i++) {
            all.append(i == 0 ? "" : ",\n").append("(function () {\n").append(calls[i].script())
                    .append("\n}).apply(null, arguments[").append(i).append("])");
        }
        return (List<?>) script(all.append("];").toString(), Arrays.stream(calls).map(Call::args).toArray());
    }

    /**
     * Emulates a viewport of {@code width} by {@code height} CSS px at {@code scale} device pixels per CSS
     * px, held in portrait or landscape: what a phone, or a desktop browser zoomed in, lays out. The next
     * script already reads the new viewport, its media queries and layout (Chromium applies them before it
     * answers); the page's own scripts, which hear of the resize with the next frame or later, get their
     * time through {@link #awaitRelayout()}.
     *
     * @throws WebDriverException when the browser offers no DevTools commands or refuses this one
     */
    void emulateViewport(int width, int height, double scale, boolean portrait) {
        checkTime();
        DevToolsCommands devTools = devTools();
        if (undo.stream().noneMatch(ViewportReset.class::isInstance)) {
            undo.push(new ViewportReset(devTools, view.read(this)));
        }
        devTools.send("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", scale, "mobile", false,
                "screenOrientation", Map.of("type", portrait ? "portraitPrimary" : "landscapePrimary",
                        "angle", portrait ? 0 : 90)), budget);
        resizedAt = System.nanoTime();
    }

    /**
     * Waits out the rest of the page's time to lay itself out again after the last resize. Called before
     * what a resize seems to break is kept, so a page whose script fixes its layout a moment later is not
     * blamed; a page that shows nothing amiss at once is not waited for.
     *
     * @throws OutOfTime when the budget has not that much time left, or the scan stops: what the resize seemed to break is then
     *                   not kept, unconfirmed
     */
    void awaitRelayout() {
        long left = RELAYOUT.toNanos() - (System.nanoTime() - resizedAt);
        if (left > 0 && !pause(Duration.ofNanos(left))) {
            throw new OutOfTime(budget);
        }
    }

    /**
     * The viewport and scroll position the page had before a gatherer changed them, which each one puts
     * back: read when the first gatherer changes the viewport, and not again for the page's other ones.
     */
    static final class OriginalView {
        private List<?> view;

        private List<?> read(LivePage page) {
            if (view == null) {
                view = (List<?>) page.script(VIEW);
            }
            return view;
        }
    }

    /** Undoes every change, newest first. */
    void restore() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    private DevToolsCommands devTools() {
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (devTools != null) {
            return devTools;
        }
        throw new WebDriverException("this browser offers no Chrome DevTools commands, which emulating a viewport needs");
    }

    /** Removes the style sheets added; one removal takes them all. */
    private final class StyleRemoval implements Runnable {
        @Override
        public void run() {
            putBack(REMOVE_STYLES);
        }
    }

    /**
     * Back to the window's own viewport, scrolled where the page was: as an emulated viewport of the
     * window's own size and pixel ratio, which the page cannot tell from none (its screen and orientation
     * stay the window's) and which, unlike a cleared emulation, it has at once. A cleared emulation reached
     * the page a frame later in four resets of ten, which the gatherers then waited for.
     */
    private final class ViewportReset implements Runnable {
        private final DevToolsCommands devTools;
        private final List<?> view;

        ViewportReset(DevToolsCommands devTools, List<?> view) {
            this.devTools = devTools;
            this.view = view;
        }

        /** Until the window's own size is back, the page gets another frame, and is scrolled back again. */
        @Override
        public void run() {
            devTools.send("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", view.get(2), "height", view.get(3), "deviceScaleFactor", view.get(4), "mobile", false), PUT_BACK);
            for (int frame = 0; !sameSize((List<?>) putBack(SCROLL_TO, view.get(0), view.get(1))); frame++) {
                if (frame == RESET_FRAMES) {
                    throw new WebDriverException("the page did not get its own viewport back");
                }
                sleepAFrame();
            }
        }

        private boolean sameSize(List<?> now) {
            return ((Number) now.get(2)).intValue() == ((Number) view.get(2)).intValue()
                    && ((Number) now.get(3)).intValue() == ((Number) view.get(3)).intValue();
        }
    }

    /** The gatherer's budget ran out: its artifact is missing on this page, and a note says so. */
    static final class OutOfTime extends RuntimeException {
        OutOfTime(Duration budget) {
            super("did not finish within its " + budget.toMillis() + " ms");
        }
    }
}
