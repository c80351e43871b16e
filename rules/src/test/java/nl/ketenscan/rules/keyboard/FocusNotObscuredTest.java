package nl.ketenscan.rules.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.keyboard.TabStop.Direction;
import org.junit.jupiter.api.Test;

/** 2.4.11: all of a focused element under fixed content fails, part of it asks a person, none passes. */
class FocusNotObscuredTest {

    private final FocusNotObscured audit = new FocusNotObscured();

    private static TabStop covered(String selector, double share, String by) {
        TabStop plain = Walks.stop(selector, Direction.FORWARD, Walks.PLAIN, Walks.PLAIN);
        return new TabStop(plain.step(), plain.direction(), false, selector, plain.role(), plain.name(), plain.snippet(),
                0, plain.box(), true, true, plain.before(), plain.after(), plain.besideColours(), plain.insideColour(),
                null, null, null, false, share, by);
    }

    private static TabWalk walk(TabStop... stops) {
        return new TabWalk(List.of(stops), TabWalk.WalkEnd.LEFT_PAGE, stops.length, null, List.of(), List.of());
    }

    @Test
    void entirelyHiddenFailsPartlyHiddenIsForAPersonAndEachElementOnce() {
        List<Finding> findings = audit.audit(walk(covered("#verstopt", 1.0, "#banner"), covered("#half", 4 / 9.0, "header"),
                covered("#verstopt", 1.0, "#banner"), covered("#vrij", 0, null)));

        assertEquals(List.of("failed #verstopt", "needs-review #half"),
                findings.stream().map(f -> f.outcome().id() + " " + f.selector()).toList());
        assertEquals(List.of("2.4.11"), findings.get(0).criteria());
        assertEquals("focus-not-obscured.hidden", findings.get(0).message().get(0).key());
    }
}
