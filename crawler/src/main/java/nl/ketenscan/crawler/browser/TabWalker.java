package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.keyboard.ContentOnFocus;
import nl.ketenscan.rules.keyboard.SkipLinkTest;
import nl.ketenscan.rules.keyboard.TabWalk;
import nl.ketenscan.rules.keyboard.TabWalk.WalkEnd;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks the loaded page with real key presses and records what the keyboard audits judge
 * ({@link TabWalk}): Tab from the top until focus leaves the page, comes back to a stop it saw, or the
 * bounds are reached; inside a cycle then Shift+Tab and Escape (a walk that left the page needs no way
 * out: nothing held it, but on a page with fixed or sticky content it goes back {@value #BACK_STEPS} stops);
 * Enter and Tab on a skip link; focus and pointer on content that showed on focus. A page with none of
 * these costs three round trips, its key presses one of them.
 *
 * <p>The page is left as it was found: focus, scroll position and address are restored and the recorder's
 * listeners removed. A navigation a focus handler starts is cancelled and recorded, never followed (the
 * Navigation API's {@code navigate} event, which form submissions pass too), and {@code window.open}
 * records instead of opening, so the walk never leaves the page or submits a form.
 *
 * <p>Keys are sent in batches, one round trip each, and the recorder in the page tells them apart; each
 * batch costs a second round trip to read how the walk stands. The first batch is as long as the page
 * has tabbable elements, and one more, so that focus that goes through the page once and leaves it does
 * so in one batch; then {@value #BATCH} at a time.
 */
final class TabWalker implements Gatherer<TabWalk> {

    /** Tab presses per round trip to the browser. */
    static final int BATCH = 10;
    /** Forward stops at most: beyond that the page's tab order is long enough to judge. */
    static final int MAX_STEPS = 150;
    /** Shift+Tab presses back up a page with content that stays in place, once focus left it. */
    static final int BACK_STEPS = 10;
    /** Content that showed on focus, tried with Escape and the pointer, at most per page. */
    static final int MAX_CONTENTS = 5;

    /** Walks end here, so that the rest (skip link, content on focus, reading the stops) fits the budget. */
    private static final Duration WALKING = Duration.ofSeconds(6);
    private static final Duration BUDGET = Duration.ofSeconds(10);

    private static final String WALK = "return window.__ketenscanTabWalk.";
    private static final String SOURCE = PageScripts.load("tab-walk.js");
    private static final String RESTORE = "return window.__ketenscanTabWalk ? window.__ketenscanTabWalk.restore() : true;";

    @Override
    public Class<TabWalk> artifact() {
        return TabWalk.class;
    }

    @Override
    public Duration budget() {
        return BUDGET;
    }

    /** Every stop costs key presses: a page with a long tab order takes seconds. */
    @Override
    public GatherCost cost() {
        return GatherCost.HEAVY;
    }

    /**
     * Walks the loaded page; whatever way the walk ends, focus, scroll position, address and the page's
     * {@code window.open} are put back.
     */
    @Override
    public TabWalk gather(LivePage page) {
        long deadline = System.nanoTime() + WALKING.toNanos();
        int tabbable = ((Number) page.script(SOURCE + "\nreturn window.__ketenscanTabWalk.start();")).intValue();
        boolean restored = false;
        try {
            Walk forward = tabbable == 0
                    ? new Walk(WalkEnd.NOTHING_TO_FOCUS, 0, false, false, null)
                    : forward(page, tabbable, deadline);
            boolean focusOutside = forward.end == WalkEnd.LEFT_PAGE;
            if (forward.end == WalkEnd.CYCLED) {
                tryToLeave(page, forward.stops);
            } else if (focusOutside && forward.stuckContent) {
                // Tab scrolls a stop into the window from below; going back up, a stop just under a sticky
                // header is in the window already and stays where it is, hidden (2.4.11)
                pressShiftTab(page, Math.min(BACK_STEPS, forward.stops));
                focusOutside = false;
            }
            SkipLinkTest skip = null;
            if (forward.skipLink && forward.end != WalkEnd.NAVIGATED) {
                if (focusOutside) {
                    backIntoPage(page);
                    focusOutside = false;
                }
                skip = skipLink(page);
            }
            Map<?, ?> facts = forward.facts != null ? forward.facts : (Map<?, ?>) call(page, "finish()");
            restored = Boolean.TRUE.equals(facts.get("restored"));
            List<?> found = (List<?>) facts.get("contents");
            if (!found.isEmpty() && focusOutside) {
                backIntoPage(page);
            }
            return TabWalkFacts.walk(facts, forward.end, skip, contents(page, found, deadline));
        } finally {
            if (!restored) {
                page.putBack(RESTORE);
            }
        }
    }

    /**
     * @param skipLink     whether a link to a place on the page is among the first stops
     * @param stuckContent whether anything on the page stays in place when it scrolls, known once focus left
     * @param facts        the walk's last look, when the recorder took it with its last answer; else null
     */
    private record Walk(WalkEnd end, int stops, boolean skipLink, boolean stuckContent, Map<?, ?> facts) {
    }

    private Walk forward(LivePage page, int tabbable, long deadline) {
        Map<?, ?> status = Map.of();
        int keys = 0;
        int batch = Math.min(MAX_STEPS, tabbable + 1);
        while (keys < MAX_STEPS && System.nanoTime() < deadline) {
            press(page, Keys.TAB, batch);
            keys += batch;
            batch = Math.min(BATCH, MAX_STEPS - keys);
            status = (Map<?, ?>) call(page, "status()");
            if (Boolean.TRUE.equals(status.get("navigated"))) {
                return walk(WalkEnd.NAVIGATED, status);
            }
            if (Boolean.TRUE.equals(status.get("opened"))) {
                return walk(WalkEnd.OPENED_WINDOW, status);
            }
            if (Boolean.TRUE.equals(status.get("leftSeen"))) {
                return walk(WalkEnd.LEFT_PAGE, status);
            }
            if (Boolean.TRUE.equals(status.get("cycled"))) {
                return walk(WalkEnd.CYCLED, status);
            }
        }
        return walk(WalkEnd.BOUNDED, status);
    }

    private static Walk walk(WalkEnd end, Map<?, ?> status) {
        Object stops = status.get("stops");
        return new Walk(end, stops instanceof Number n ? n.intValue() : 0, Boolean.TRUE.equals(status.get("skipLink")),
                Boolean.TRUE.equals(status.get("stuckContent")), (Map<?, ?>) status.get("facts"));
    }

    /**
     * Focus that left the page comes back with one Shift+Tab: what follows focuses elements in the page and
     * presses keys there.
     */
    private static void backIntoPage(LivePage page) {
        pressShiftTab(page, 1);
    }

    /**
     * Focus went round inside part of the page: Shift+Tab (the recorder counts keys as going back once the
     * forward walk ended), then Escape and Tab, each pressed long enough to go round that part twice, show
     * whether a keyboard user gets out.
     */
    private static void tryToLeave(LivePage page, int stops) {
        int presses = Math.min(MAX_STEPS, 2 * stops + 2);
        pressShiftTab(page, presses);
        call(page, "direction('AFTER_ESCAPE')");
        press(page, Keys.ESCAPE, 1);
        press(page, Keys.TAB, presses);
    }

    private static SkipLinkTest skipLink(LivePage page) {
        Object link = call(page, "skipLink()");
        if (!(link instanceof Map<?, ?> found)) {
            return null;
        }
        page.keys().sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
        Map<?, ?> result = (Map<?, ?>) call(page, "skipResult()");
        return TabWalkFacts.skipLink(found, result);
    }

    /**
     * For each content that showed on focus: focus its trigger again and press Escape; then, without
     * focus, the pointer on the trigger and, when that shows it, on the content itself.
     */
    private static List<ContentOnFocus> contents(LivePage page, List<?> found, long deadline) {
        List<ContentOnFocus> contents = new ArrayList<>();
        for (int i = 0; i < found.size() && i < MAX_CONTENTS && System.nanoTime() < deadline; i++) {
            List<?> described = (List<?>) found.get(i);
            boolean showsOnFocus = Boolean.TRUE.equals(call(page, "focusTrigger(" + i + ")"));
            boolean escapeHides = false;
            Boolean showsOnHover = null;
            Boolean staysUnderPointer = null;
            if (showsOnFocus) {
                press(page, Keys.ESCAPE, 1);
                List<?> shows = (List<?>) call(page, "contentShows(" + i + ")");
                escapeHides = !Boolean.TRUE.equals(shows.get(0)) || !Boolean.TRUE.equals(shows.get(1));
                call(page, "blur()");
                if (pointAt(page, i, "trigger")) {
                    showsOnHover = shows(page, i);
                    if (showsOnHover && pointAt(page, i, "content")) {
                        staysUnderPointer = shows(page, i);
                    }
                }
                page.pointerAway();
            }
            contents.add(new ContentOnFocus((String) described.get(0), (String) described.get(1),
                    Boolean.TRUE.equals(described.get(2)), showsOnFocus, escapeHides, showsOnHover, staysUnderPointer));
        }
        return contents;
    }

    /** @return false when the pointer cannot reach it, and hovering stays untried */
    private static boolean pointAt(LivePage page, int content, String which) {
        return page.pointAt(call(page, "middle(" + content + ", '" + which + "')"));
    }

    private static boolean shows(LivePage page, int content) {
        return Boolean.TRUE.equals(((List<?>) call(page, "contentShows(" + content + ")")).get(0));
    }

    private static void pressShiftTab(LivePage page, int times) {
        Actions actions = page.keys().keyDown(Keys.SHIFT);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.keyUp(Keys.SHIFT).perform();
    }

    private static void press(LivePage page, CharSequence key, int times) {
        Actions actions = page.keys();
        for (int i = 0; i < times; i++) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private static Object call(LivePage page, String function) {
        return page.script(WALK + function + ";");
    }
}
