package nl.ketenscan.rules.keyboard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What walking a page with the keyboard showed: the artifact the tab walk gatherer hands to the
 * keyboard audits (the {@link nl.ketenscan.rules.BrowserAudit}s of this package). Gathered with real key presses in the browser (Tab, then Shift+Tab; Escape where
 * focus cycled), so the audits judge what a keyboard user meets, not what the markup promises.
 *
 * @param stops         every focus the walk saw, in order, with the direction of the key that led there
 * @param end           why the forward walk stopped
 * @param tabbableCount how many elements of the page the browser would visit with Tab, counted in the page
 * @param skipLink      what activating the first in-page link did; null when the first stops hold none
 * @param clickTargets  elements that act on a click but cannot get keyboard focus
 * @param contents      content that showed only while an element had focus, and how it behaved
 */
public record TabWalk(List<TabStop> stops, WalkEnd end, int tabbableCount, SkipLinkTest skipLink,
                      List<ClickTarget> clickTargets, List<ContentOnFocus> contents) {

    public TabWalk {
        stops = List.copyOf(stops);
        Objects.requireNonNull(end, "end");
        clickTargets = List.copyOf(clickTargets);
        contents = List.copyOf(contents);
    }

    /** Why the forward walk stopped. */
    public enum WalkEnd {
        /** focus left the page past its last stop: the whole tab order was seen */
        LEFT_PAGE,
        /** focus came back to a stop it had visited without leaving the page */
        CYCLED,
        /** focusing a stop started a navigation (stopped and not followed) */
        NAVIGATED,
        /** focusing a stop opened a window (stopped and not opened) */
        OPENED_WINDOW,
        /** the step or time bound was reached first */
        BOUNDED,
        /** the page has nothing to focus */
        NOTHING_TO_FOCUS
    }

    /** The stops the walk reached with {@code direction}'s key, in order, the moments focus left the page included. */
    public List<TabStop> stops(TabStop.Direction direction) {
        return stops.stream().filter(stop -> stop.direction() == direction).toList();
    }

    public Optional<SkipLinkTest> skipLinkTest() {
        return Optional.ofNullable(skipLink);
    }
}
