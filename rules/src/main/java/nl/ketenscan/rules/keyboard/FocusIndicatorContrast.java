package nl.ketenscan.rules.keyboard;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code focus-indicator-contrast} (1.4.11): the focus indicator is an outline, and nothing else changes
 * on focus, and that outline's colour contrasts less than 3:1 with the colours next to it: outside it and,
 * when it lies against the element, the element's own background. Failed only when both colours are
 * measured on every side (opaque, no image behind) and below on each; Chromium's own focus ring ({@code outline-style: auto}) is two-toned
 * and not judged. Links that share one ring on one background (one CSS rule) make one finding, which
 * names how many more there are.
 */
public final class FocusIndicatorContrast implements BrowserAudit<TabWalk> {

    static final double MINIMUM = 3.0;

    private static final RuleInfo INFO = new RuleInfo("focus-indicator-contrast", List.of("1.4.11"), Impact.SERIOUS,
            "De focusrand heeft minder dan 3:1 contrast met de kleuren ernaast.",
            "The focus outline has less than 3:1 contrast with the colours next to it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/non-text-contrast.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Class<TabWalk> artifact() {
        return TabWalk.class;
    }

    @Override
    public List<Finding> audit(TabWalk walk) {
        SameLook sameRing = new SameLook();
        for (TabStop stop : Stops.forwardOnce(walk)) {
            FocusStyle after = stop.after();
            if (!Stops.seen(stop) || stop.before() == null || after == null || !after.onlyOutlineDiffers(stop.before())
                    || "auto".equals(after.outlineStyle())) {
                continue;
            }
            Optional<Colour> outline = Colour.opaque(after.outlineColor());
            if (outline.isEmpty()) {
                continue;
            }
            OptionalDouble outer = Stops.bestContrastBeside(stop, outline.get());
            boolean againstElement = after.outlineOffset() <= 0;
            Optional<Colour> inside = Colour.opaque(stop.insideColour());
            if (outer.isEmpty() || againstElement && inside.isEmpty()) {
                continue;
            }
            double inner = againstElement ? outline.get().contrastWith(inside.get()) : 0;
            if (outer.getAsDouble() < MINIMUM && inner < MINIMUM) {
                String ring = after.outlineColor() + " " + new TreeSet<>(stop.besideColours()) + " " + stop.insideColour();
                String beside = String.join(", ", new TreeSet<>(stop.besideColours()));
                sameRing.add(ring, stop, INFO.finding(Outcome.FAILED, stop.selector(), stop.snippet(), againstElement
                        ? INFO.message("around-and-inside", Stops.label(stop), after.outlineColor(), outer.getAsDouble(),
                                beside, inner, stop.insideColour())
                        : INFO.message("around", Stops.label(stop), after.outlineColor(), outer.getAsDouble(), beside)));
            }
        }
        return sameRing.findings();
    }
}
