package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.keyboard.TabStop.Direction;

/** Tab walks written out for the audits' unit tests: stops on plain elements, with the looks a test needs. */
final class Walks {

    static final String WHITE = "rgb(255, 255, 255)";
    static final FocusStyle PLAIN = look("none", 0, "rgb(0, 0, 0)", "rgba(0, 0, 0, 0)");

    private final List<TabStop> stops = new ArrayList<>();
    private TabWalk.WalkEnd end = TabWalk.WalkEnd.LEFT_PAGE;
    private SkipLinkTest skipLink;
    private final List<ClickTarget> clickTargets = new ArrayList<>();
    private final List<ContentOnFocus> contents = new ArrayList<>();

    static FocusStyle look(String outlineStyle, double outlineWidth, String outlineColor, String background) {
        return new FocusStyle(outlineStyle, outlineWidth, outlineColor, 0, "none", "none none none none",
                "0px 0px 0px 0px", "rgb(0, 0, 0) / rgb(0, 0, 0) / rgb(0, 0, 0) / rgb(0, 0, 0)", background,
                "rgb(0, 0, 0)", "none solid rgb(0, 0, 0) auto", "");
    }

    static TabStop stop(String selector, Direction direction, FocusStyle before, FocusStyle after) {
        return new TabStop(0, direction, false, selector, "link", selector, "<a>", 0, new TabStop.Box(10, 10, 100, 20),
                true, true, before, after, List.of(WHITE, WHITE), WHITE, null, null, null, false);
    }

    Walks forward(String... selectors) {
        return go(Direction.FORWARD, selectors);
    }

    Walks go(Direction direction, String... selectors) {
        for (String selector : selectors) {
            stops.add(stop(selector, direction, PLAIN, look("auto", 1, "rgb(16, 16, 16)", "rgba(0, 0, 0, 0)")));
        }
        return this;
    }

    Walks leftPage(Direction direction) {
        stops.add(TabStop.left(stops.size(), direction));
        return this;
    }

    Walks stop(TabStop stop) {
        stops.add(stop);
        return this;
    }

    Walks end(TabWalk.WalkEnd end) {
        this.end = end;
        return this;
    }

    Walks skipLink(SkipLinkTest test) {
        this.skipLink = test;
        return this;
    }

    Walks clickTarget(ClickTarget target) {
        clickTargets.add(target);
        return this;
    }

    Walks content(ContentOnFocus content) {
        contents.add(content);
        return this;
    }

    TabWalk walk() {
        return new TabWalk(stops, end, stops.size(), skipLink, clickTargets, contents);
    }
}
