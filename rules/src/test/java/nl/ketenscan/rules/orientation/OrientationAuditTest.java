package nl.ketenscan.rules.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import org.junit.jupiter.api.Test;

class OrientationAuditTest {

    private final OrientationAudit audit = new OrientationAudit();

    @Test
    void turnedInOneOrientationOnlyFails() {
        assertEquals(List.of("FAILED body"), described(new OrientationViews(
                new OrientationView(900, List.of("body")), new OrientationView(900, List.of()))));
    }

    @Test
    void turnedInBothOrientationsIsNoLock() {
        assertEquals(List.of(), described(new OrientationViews(
                new OrientationView(900, List.of("#poster")), new OrientationView(900, List.of("#poster")))));
    }

    @Test
    void mostTextGoneInOneOrientationNeedsReview() {
        assertEquals(List.of("NEEDS_REVIEW null"), described(new OrientationViews(
                new OrientationView(900, List.of()), new OrientationView(20, List.of()))));
    }

    @Test
    void littleTextOrTheSameTextSaysNothing() {
        assertEquals(List.of(), described(new OrientationViews(
                new OrientationView(OrientationAudit.MIN_TEXT - 1, List.of()), new OrientationView(0, List.of()))));
        assertEquals(List.of(), described(new OrientationViews(
                new OrientationView(900, List.of()), new OrientationView(850, List.of()))));
    }

    @Test
    void aPageThatCannotTellTheOrientationSaysNothing() {
        assertEquals(List.of(), described(OrientationViews.unresponsive()));
    }

    private List<String> described(OrientationViews views) {
        return audit.audit(views).stream().map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
