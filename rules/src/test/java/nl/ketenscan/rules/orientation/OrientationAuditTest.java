package nl.ketenscan.rules.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.MessageBundles;
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

    @Test
    void theOrientationIsNamedInTheReportsLanguage() {
        Finding turned = audit.audit(new OrientationViews(new OrientationView(900, List.of()),
                new OrientationView(900, List.of("body")))).get(0);
        Finding hidden = audit.audit(new OrientationViews(new OrientationView(20, List.of()),
                new OrientationView(900, List.of()))).get(0);

        MessageBundles.worded(List.of(turned, hidden));
        assertTrue(MessageBundles.text(turned.message().get(0), "nl").startsWith("Als het scherm liggend wordt"
                + " gehouden, draait de pagina dit element een kwartslag"));
        assertTrue(MessageBundles.text(turned.message().get(0), "en").startsWith("When the screen is held sideways"
                + " (landscape), the page turns this element a quarter turn"));
        assertTrue(MessageBundles.text(hidden.message().get(0), "nl").startsWith("Als het scherm staand wordt gehouden,"
                + " toont de pagina 20 tekens tekst, liggend 900."));
        assertTrue(MessageBundles.text(hidden.message().get(0), "en").startsWith("When the screen is held upright"
                + " (portrait), the page shows 20 characters of text; held sideways, 900."));
    }

    private List<String> described(OrientationViews views) {
        return MessageBundles.worded(audit.audit(views)).stream().map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
