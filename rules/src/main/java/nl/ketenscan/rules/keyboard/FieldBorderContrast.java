package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * {@code field-border-contrast} (1.4.11): a text field or select whose only visible boundary is its
 * border (its fill does not stand out from what is around it), where that border contrasts less than 3:1
 * with both the surroundings and the fill. Failed only when all three colours are measured and the border
 * is one solid colour on every side.
 */
public final class FieldBorderContrast implements BrowserAudit<TabWalk> {

    private static final RuleInfo INFO = new RuleInfo("field-border-contrast", List.of("1.4.11"), Impact.SERIOUS,
            "Een invoerveld dat alleen aan zijn rand te herkennen is, en die rand heeft minder dan 3:1 contrast.",
            "A form field that only its border shows, and that border has less than 3:1 contrast.",
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
        List<Finding> findings = new ArrayList<>();
        for (TabStop stop : Stops.forwardOnce(walk)) {
            FocusStyle look = stop.before();
            if (!stop.formControl() || !Stops.seen(stop) || look == null || !"solid solid solid solid".equals(look.border())) {
                continue;
            }
            List<String> colours = Arrays.asList(look.borderColor().split(" / "));
            boolean widths = Arrays.stream(look.borderWidth().split(" ")).allMatch(width -> parsePx(width) >= 1);
            Optional<Colour> border = Colour.opaque(colours.get(0));
            Optional<Colour> fill = Colour.opaque(look.background());
            if (!widths || colours.stream().distinct().count() != 1 || border.isEmpty() || fill.isEmpty()) {
                continue;
            }
            OptionalDouble fillStandsOut = Stops.bestContrastBeside(stop, fill.get());
            OptionalDouble outer = Stops.bestContrastBeside(stop, border.get());
            if (fillStandsOut.isEmpty() || fillStandsOut.getAsDouble() >= FocusIndicatorContrast.MINIMUM || outer.isEmpty()) {
                continue;
            }
            double inner = border.get().contrastWith(fill.get());
            if (outer.getAsDouble() < FocusIndicatorContrast.MINIMUM && inner < FocusIndicatorContrast.MINIMUM) {
                findings.add(INFO.finding(Outcome.FAILED, stop.selector(), stop.snippet(), INFO.message("border",
                        Stops.label(stop), colours.get(0), outer.getAsDouble(), String.join(", ", stop.besideColours()))));
            }
        }
        return findings;
    }

    private static double parsePx(String width) {
        try {
            return Double.parseDouble(width.replace("px", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
