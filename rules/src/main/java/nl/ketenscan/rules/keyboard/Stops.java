package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Ways of reading the stops of a walk that several audits share. */
final class Stops {

    private Stops() {
    }

    /**
     * The forward stops on elements, each element once (its first visit), in order: the page's tab
     * order as a keyboard user meets it.
     */
    static List<TabStop> forwardOnce(TabWalk walk) {
        Map<String, TabStop> first = new LinkedHashMap<>();
        for (TabStop stop : walk.stops(TabStop.Direction.FORWARD)) {
            if (!stop.leftPage()) {
                first.putIfAbsent(stop.selector(), stop);
            }
        }
        return new ArrayList<>(first.values());
    }

    /** A stop the user can see: rendered, with a size, and in the viewport once focused. */
    static boolean seen(TabStop stop) {
        return stop.visible() && stop.inViewport() && stop.box() != null && stop.box().width() >= 1
                && stop.box().height() >= 1;
    }

    /**
     * The highest contrast of {@code colour} with the colours beside the stop, side by side: empty when no
     * side was measured or one side is unknown, so that a low figure holds on every side there is.
     */
    static OptionalDouble bestContrastBeside(TabStop stop, Colour colour) {
        double best = 0;
        for (String beside : stop.besideColours()) {
            Optional<Colour> measured = Colour.opaque(beside);
            if (measured.isEmpty()) {
                return OptionalDouble.empty();
            }
            best = Math.max(best, colour.contrastWith(measured.get()));
        }
        return stop.besideColours().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    /** How to name a stop in a message: its accessible name in quotes, or its role. */
    static String label(TabStop stop) {
        return stop.name() == null || stop.name().isBlank() ? stop.role() : "\"" + stop.name() + "\"";
    }
}
