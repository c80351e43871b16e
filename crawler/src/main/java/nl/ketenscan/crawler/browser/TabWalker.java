package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.keyboard.ContentOnFocus;
import nl.ketenscan.rules.keyboard.SkipLinkTest;
import nl.ketenscan.rules.keyboard.TabStop;
import nl.ketenscan.rules.keyboard.TabWalk;
import nl.ketenscan.rules.keyboard.TabWalk.WalkEnd;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks the loaded page with real key presses and records what the keyboard audits judge
 * ({@link TabWalk}): Tab from the top until focus leaves the page, comes back to a stop it saw, or the
 * bounds are reached; then Shift+Tab; inside a cycle also Escape; Enter and Tab on a skip link; focus and
 * pointer on content that showed on focus.
 *
 * <p>The page is left as it was found: focus, scroll position and address are restored and the recorder's
 * listeners removed. A navigation a focus handler starts is cancelled and recorded, never followed (the
 * Navigation API's {@code navigate} event, which form submissions pass too), and {@code window.open}
 * records instead of opening, so the walk never leaves the page or submits a form.
 *
 * <p>Keys are sent {@value #BATCH} at a time, one round trip each, and the recorder in the page tells
 * them apart; each batch costs a second round trip to read how the walk stands.
 */
final class TabWalker {

    /** Tab presses per round trip to the browser. */
    static final int BATCH = 10;
    /** Forward stops at most: beyond that the page's tab order is long enough to judge. */
    static final int MAX_STEPS = 150;
    /** Shift+Tab presses when focus left the page normally: enough to see the way back works. */
    static final int BACKWARD_STEPS = 10;
    /** Content that showed on focus, tried with Escape and the pointer, at most per page. */
    static final int MAX_CONTENTS = 5;

    private static final String WALK = "return window.__ketenscanTabWalk.";
    private static final String SOURCE = BrowserScripts.read("tab-walk.js");

    private final Duration budget;

    TabWalker(Duration budget) {
        this.budget = budget;
    }

    /**
     * Walks the page the driver shows.
     *
     * @throws org.openqa.selenium.WebDriverException when the page's scripts or the driver fail; the walk
     *                                                then has restored what it could
     */
    TabWalk walk(WebDriver driver) {
        long deadline = System.nanoTime() + budget.toNanos();
        int tabbable = ((Number) DialogSafeScripts.execute(driver, SOURCE + "\nreturn window.__ketenscanTabWalk.start();"))
                .intValue();
        try {
            Walk forward = tabbable == 0 ? new Walk(WalkEnd.NOTHING_TO_FOCUS, 0) : forward(driver, deadline);
            if (forward.end == WalkEnd.CYCLED) {
                tryToLeave(driver, forward.stops);
            } else if (forward.stops > 0 && forward.end != WalkEnd.NAVIGATED && forward.end != WalkEnd.OPENED_WINDOW) {
                call(driver, "direction('BACKWARD')");
                pressShiftTab(driver, Math.min(BACKWARD_STEPS, forward.stops));
            }
            SkipLinkTest skip = forward.end == WalkEnd.NAVIGATED ? null : skipLink(driver);
            Map<?, ?> facts = (Map<?, ?>) call(driver, "finish()");
            List<ContentOnFocus> contents = contents(driver, (List<?>) facts.get("contents"), deadline);
            return TabWalkFacts.walk(facts, forward.end, skip, contents);
        } finally {
            call(driver, "restore()");
        }
    }

    private record Walk(WalkEnd end, int stops) {
    }

    private Walk forward(WebDriver driver, long deadline) {
        Map<?, ?> status = Map.of();
        int keys = 0;
        while (keys < MAX_STEPS && System.nanoTime() < deadline) {
            press(driver, Keys.TAB, BATCH);
            keys += BATCH;
            status = (Map<?, ?>) call(driver, "status()");
            if (Boolean.TRUE.equals(status.get("navigated"))) {
                return new Walk(WalkEnd.NAVIGATED, count(status));
            }
            if (Boolean.TRUE.equals(status.get("opened"))) {
                return new Walk(WalkEnd.OPENED_WINDOW, count(status));
            }
            if (Boolean.TRUE.equals(status.get("leftSeen"))) {
                return new Walk(WalkEnd.LEFT_PAGE, count(status));
            }
            if (Boolean.TRUE.equals(status.get("cycled"))) {
                return new Walk(WalkEnd.CYCLED, count(status));
            }
        }
        return new Walk(WalkEnd.BOUNDED, count(status));
    }

    /**
     * Focus went round inside part of the page: Shift+Tab, then Escape and Tab, each pressed long enough
     * to go round that part twice, show whether a keyboard user gets out.
     */
    private static void tryToLeave(WebDriver driver, int stops) {
        int presses = Math.min(MAX_STEPS, 2 * stops + 2);
        call(driver, "direction('BACKWARD')");
        pressShiftTab(driver, presses);
        call(driver, "direction('AFTER_ESCAPE')");
        press(driver, Keys.ESCAPE, 1);
        press(driver, Keys.TAB, presses);
    }

    private static SkipLinkTest skipLink(WebDriver driver) {
        Object link = call(driver, "skipLink()");
        if (!(link instanceof Map<?, ?> found)) {
            return null;
        }
        call(driver, "direction('AFTER_SKIP')");
        new Actions(driver).sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
        Map<?, ?> result = (Map<?, ?>) call(driver, "skipResult()");
        return TabWalkFacts.skipLink(found, result);
    }

    /**
     * For each content that showed on focus: focus its trigger again and press Escape; then, without
     * focus, the pointer on the trigger and, when that shows it, on the content itself.
     */
    private static List<ContentOnFocus> contents(WebDriver driver, List<?> found, long deadline) {
        List<ContentOnFocus> contents = new ArrayList<>();
        for (int i = 0; i < found.size() && i < MAX_CONTENTS && System.nanoTime() < deadline; i++) {
            List<?> described = (List<?>) found.get(i);
            boolean showsOnFocus = Boolean.TRUE.equals(call(driver, "focusTrigger(" + i + ")"));
            boolean escapeHides = false;
            Boolean showsOnHover = null;
            Boolean staysUnderPointer = null;
            if (showsOnFocus) {
                press(driver, Keys.ESCAPE, 1);
                List<?> shows = (List<?>) call(driver, "contentShows(" + i + ")");
                escapeHides = !Boolean.TRUE.equals(shows.get(0)) || !Boolean.TRUE.equals(shows.get(1));
                call(driver, "blur()");
                try {
                    pointAt(driver, i, "trigger");
                    showsOnHover = shows(driver, i);
                    if (showsOnHover) {
                        pointAt(driver, i, "content");
                        staysUnderPointer = shows(driver, i);
                    }
                } catch (MoveTargetOutOfBoundsException outsideTheViewport) {
                    // the pointer cannot reach it; hovering stays untried
                }
                new Actions(driver).moveToLocation(0, 0).perform();
            }
            contents.add(new ContentOnFocus((String) described.get(0), (String) described.get(1),
                    Boolean.TRUE.equals(described.get(2)), showsOnFocus, escapeHides, showsOnHover, staysUnderPointer));
        }
        return contents;
    }

    private static void pointAt(WebDriver driver, int content, String which) {
        new Actions(driver).moveToElement((WebElement) call(driver, "element(" + content + ", '" + which + "')")).perform();
    }

    private static boolean shows(WebDriver driver, int content) {
        return Boolean.TRUE.equals(((List<?>) call(driver, "contentShows(" + content + ")")).get(0));
    }

    private static void pressShiftTab(WebDriver driver, int times) {
        Actions actions = new Actions(driver).keyDown(Keys.SHIFT);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.keyUp(Keys.SHIFT).perform();
    }

    private static void press(WebDriver driver, CharSequence key, int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private static Object call(WebDriver driver, String function) {
        return DialogSafeScripts.execute(driver, WALK + function + ";");
    }

    private static int count(Map<?, ?> status) {
        Object stops = status.get("stops");
        return stops instanceof Number n ? n.intValue() : 0;
    }
}
