package nl.ketenscan.rules.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import org.junit.jupiter.api.Test;

class ContentOnHoverDismissibleTest {

    private final ContentOnHoverDismissible audit = new ContentOnHoverDismissible();

    @Test
    void overlayingContentThatEscapeKeepsAndThePointerLosesFailsTwice() {
        assertEquals(List.of("FAILED content-on-hover.escape", "FAILED content-on-hover.pointer"),
                described(tried(true, false, false)));
    }

    @Test
    void aTooltipThatClosesOnEscapeAndStaysUnderThePointerPasses() {
        assertEquals(List.of(), described(tried(true, true, true)));
    }

    @Test
    void contentThePointerCouldNotReachIsLeftToAPerson() {
        assertEquals(List.of("NEEDS_REVIEW content-on-hover.untried"), described(tried(true, true, null)));
    }

    @Test
    void contentInTheFlowObscuresNothingAndIsNotJudged() {
        assertEquals(List.of(), described(tried(false, false, false)));
    }

    private List<Finding> tried(boolean overlays, boolean escapeHides, Boolean stays) {
        return audit.audit(new HoverContents(List.of(new HoverContent("#wmo", "#uitleg", "<div id=\"uitleg\">Wet</div>",
                overlays, escapeHides, stays))));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.outcome() + " " + f.message().get(0).key()).toList();
    }
}
