package nl.ketenscan.rules.reflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.MessageBundles;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageArtifacts;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.reflow.Overflow.Content;
import nl.ketenscan.rules.reflow.Overflow.Reach;
import org.junit.jupiter.api.Test;

class ReflowAuditTest {

    private final ReflowAudit audit = new ReflowAudit();

    @Test
    void textThatStartsInViewAndMakesThePageScrollFails() {
        List<Finding> findings = audit.audit(layout(overflow(Content.TEXT, Reach.PAGE_SCROLLS, 0, 900)));

        assertEquals(List.of(Outcome.FAILED), outcomes(findings));
        assertEquals(List.of("1.4.10"), findings.get(0).criteria());
        assertEquals("#box", findings.get(0).selector());
    }

    @Test
    void mediaTextWhollyOffScreenAndClippedTextNeedReview() {
        assertEquals(List.of(Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW), outcomes(audit.audit(layout(
                overflow(Content.MEDIA, Reach.PAGE_SCROLLS, 0, 700),
                overflow(Content.TEXT, Reach.PAGE_SCROLLS, 330, 630),
                overflow(Content.TEXT, Reach.CUT_OFF, 10, 800)))));
    }

    @Test
    void emptyBoxesAndTextClippedWhollyOutOfViewSayNothing() {
        assertEquals(List.of(), audit.audit(layout(
                overflow(Content.EMPTY, Reach.PAGE_SCROLLS, 0, 900),
                overflow(Content.TEXT, Reach.CUT_OFF, 400, 700))));
    }

    @Test
    void aPageThatReflowsSaysNothing() {
        assertEquals(List.of(), audit.audit(new ReflowLayout(320, 320, List.of())));
    }

    @Test
    void namesTheFirstFewOfManyOverflows() {
        Overflow overflow = overflow(Content.TEXT, Reach.PAGE_SCROLLS, 0, 900);
        assertEquals(ReflowAudit.MAX_FINDINGS, audit.audit(layout(Collections.nCopies(30, overflow).toArray(Overflow[]::new))).size());
    }

    @Test
    void runsOnlyWhereItsArtifactWasGathered() {
        assertEquals(List.of(), OwnRules.audit(PageArtifacts.none()));
        assertEquals(1, OwnRules.audit(PageArtifacts.of(layout(overflow(Content.TEXT, Reach.PAGE_SCROLLS, 0, 900)))).size());
    }

    @Test
    void howFarItSticksOutIsWrittenInEachLanguageWithoutThousandsSeparators() {
        Message said = audit.audit(layout(overflow(Content.TEXT, Reach.PAGE_SCROLLS, 0, 2000))).get(0).message().get(0);

        assertEquals("Bij een venster van 320 CSS-pixels breed steekt dit element 1680 pixels buiten beeld: de tekst erin"
                + " is alleen te lezen door horizontaal te scrollen. Laat het element meeschalen met het venster (geen"
                + " vaste breedte, lange woorden afbreken).", MessageBundles.text(said, "nl"));
        assertTrue(MessageBundles.text(said, "en").startsWith("In a window 320 CSS pixels wide, this element sticks out"
                + " 1680 pixels beyond the view: "), MessageBundles.text(said, "en"));
    }

    private static ReflowLayout layout(Overflow... overflows) {
        return new ReflowLayout(320, 900, List.of(overflows));
    }

    private static Overflow overflow(Content content, Reach reach, int left, int right) {
        return new Overflow("#box", "<div id=\"box\">", content, reach, left, right);
    }

    private static List<Outcome> outcomes(List<Finding> findings) {
        return MessageBundles.worded(findings).stream().map(Finding::outcome).toList();
    }
}
