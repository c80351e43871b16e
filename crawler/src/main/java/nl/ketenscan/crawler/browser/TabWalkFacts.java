package nl.ketenscan.crawler.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenscan.rules.keyboard.ClickTarget;
import nl.ketenscan.rules.keyboard.ContentOnFocus;
import nl.ketenscan.rules.keyboard.FocusStyle;
import nl.ketenscan.rules.keyboard.SkipLinkTest;
import nl.ketenscan.rules.keyboard.TabStop;
import nl.ketenscan.rules.keyboard.TabWalk;
import nl.ketenscan.rules.keyboard.TabWalk.WalkEnd;

/** Reads the tab walk recorder's answers (JSON values as the driver hands them over) into the walk's records. */
final class TabWalkFacts {

    private TabWalkFacts() {
    }

    static TabWalk walk(Map<?, ?> facts, WalkEnd end, SkipLinkTest skipLink, List<ContentOnFocus> contents) {
        List<TabStop> stops = ((List<?>) facts.get("stops")).stream().map(stop -> stop((Map<?, ?>) stop)).toList();
        List<ClickTarget> clickTargets = ((List<?>) facts.get("clickTargets")).stream()
                .map(target -> clickTarget((Map<?, ?>) target)).toList();
        return new TabWalk(stops, end, number(facts.get("tabbable")).intValue(), skipLink, clickTargets, contents);
    }

    static SkipLinkTest skipLink(Map<?, ?> link, Map<?, ?> result) {
        return new SkipLinkTest(text(link.get("selector")), text(link.get("name")), text(link.get("snippet")),
                text(link.get("href")), text(link.get("target")), text(result.get("focusAfter")),
                Boolean.TRUE.equals(result.get("reached")));
    }

    private static TabStop stop(Map<?, ?> stop) {
        int step = number(stop.get("step")).intValue();
        TabStop.Direction direction = TabStop.Direction.valueOf(text(stop.get("direction")));
        if (Boolean.TRUE.equals(stop.get("left"))) {
            return TabStop.left(step, direction);
        }
        return new TabStop(step, direction, false, text(stop.get("selector")), text(stop.get("role")),
                text(stop.get("name")), text(stop.get("snippet")), number(stop.get("tabIndex")).intValue(),
                box(stop.get("box")), Boolean.TRUE.equals(stop.get("inViewport")), Boolean.TRUE.equals(stop.get("visible")),
                style(stop.get("before")), style(stop.get("after")), texts(stop.get("besideColours")),
                text(stop.get("insideColour")), text(stop.get("focusMovedTo")), text(stop.get("navigatedTo")),
                text(stop.get("openedWindow")), Boolean.TRUE.equals(stop.get("formControl")),
                stop.get("obscuredShare") == null ? 0 : number(stop.get("obscuredShare")).doubleValue(),
                text(stop.get("obscuredBy")));
    }

    private static TabStop.Box box(Object value) {
        if (!(value instanceof Map<?, ?> box)) {
            return null;
        }
        return new TabStop.Box(number(box.get("x")).doubleValue(), number(box.get("y")).doubleValue(),
                number(box.get("width")).doubleValue(), number(box.get("height")).doubleValue());
    }

    private static FocusStyle style(Object value) {
        if (!(value instanceof Map<?, ?> style)) {
            return null;
        }
        return new FocusStyle(text(style.get("outlineStyle")), number(style.get("outlineWidth")).doubleValue(),
                text(style.get("outlineColor")), number(style.get("outlineOffset")).doubleValue(),
                text(style.get("boxShadow")), text(style.get("border")), text(style.get("borderWidth")),
                text(style.get("borderColor")), text(style.get("background")), text(style.get("color")),
                text(style.get("textDecoration")), text(style.get("related")));
    }

    private static ClickTarget clickTarget(Map<?, ?> target) {
        return new ClickTarget(text(target.get("selector")), text(target.get("snippet")), text(target.get("role")),
                text(target.get("name")), ClickTarget.How.valueOf(text(target.get("how")).toUpperCase(Locale.ROOT)),
                Boolean.TRUE.equals(target.get("pointer")));
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().map(TabWalkFacts::text).toList() : List.of();
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
