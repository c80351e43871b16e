package nl.ketenscan.rules.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.MessageBundles;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.behaviour.PageBehaviour.Animation;
import nl.ketenscan.rules.behaviour.PageBehaviour.Listener;
import nl.ketenscan.rules.behaviour.PageBehaviour.Media;
import nl.ketenscan.rules.behaviour.PageBehaviour.Observed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BehaviourAuditsTest {

    @ParameterizedTest
    @ValueSource(strings = {"function(e){if(e.key===\"s\")go()}", "function (e) { if ('/' == e.key) search(); }",
            "e=>{switch(e.key){case \"j\":next()}}", "function(e){if(e.keyCode==74)next()}"})
    void aSingleCharacterKeyHandlerOnThePageNeedsReview(String source) {
        assertEquals(List.of(Outcome.NEEDS_REVIEW), outcomes(new CharacterKeyShortcutAudit(),
                behaviour(List.of(new Listener("document", null, "keydown", source)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"function(e){if(e.key==='Escape')close()}", "function(e){if(e.ctrlKey&&e.key==='k')open()}",
            "function(e){if(e.keyCode==27)close()}", "function(e){if(e.key==='Enter')send()}"})
    void escapeEnterAndModifiedKeysSayNothing(String source) {
        assertEquals(List.of(), outcomes(new CharacterKeyShortcutAudit(),
                behaviour(List.of(new Listener("document", null, "keydown", source)))));
    }

    @Test
    void aSingleCharacterHandlerOnOneControlSaysNothing() {
        assertEquals(List.of(), outcomes(new CharacterKeyShortcutAudit(),
                behaviour(List.of(new Listener("#grid", "<div id=grid>", "keydown", "e=>{if(e.key==='j')next()}")))));
    }

    @Test
    void soundHeardForMoreThanThreeSecondsFailsAndShorterOrSilentNeedsReviewOrNothing() {
        assertEquals(List.of(Outcome.FAILED, Outcome.NEEDS_REVIEW), outcomes(new AutoplayAudioAudit(), media(
                new Media("#a", null, true, false, true, 3.4),
                new Media("#b", null, true, false, true, 1.0),
                new Media("#c", null, true, true, true, 9.0),
                new Media("#d", null, false, false, true, 0))));
    }

    @Test
    void motionLongerThanFiveSecondsNeedsReviewUnlessThePageHasAPauseControl() {
        List<Animation> animations = List.of(new Animation("#ticker", null, -1), new Animation("#fade", null, 2000),
                new Animation("#slow", null, 8000));
        PageBehaviour without = new PageBehaviour(List.of(), false, animations, List.of(), List.of(), List.of());
        PageBehaviour with = new PageBehaviour(List.of(), true, animations, List.of(), List.of(), List.of());

        assertEquals(List.of("#ticker", "#slow"),
                MessageBundles.worded(new MovingContentAudit().audit(without)).stream().map(Finding::selector).toList());
        assertEquals(List.of(), new MovingContentAudit().audit(with));
    }

    @Test
    void pointerDownWithoutClickNeedsReviewWithClickOrOnThePageNot() {
        List<Finding> findings = MessageBundles.worded(new PointerDownAudit().audit(behaviour(List.of(
                new Listener("#drag", null, "mousedown", ""), new Listener("#drag", null, "pointerdown", ""),
                new Listener("#button", null, "mousedown", ""), new Listener("#button", null, "click", ""),
                new Listener("document", null, "touchstart", "")))));

        assertEquals(List.of("#drag"), findings.stream().map(Finding::selector).toList());
        assertEquals(List.of("2.5.2"), findings.get(0).criteria());
    }

    @Test
    void whatThePageDidIsForReviewInTheReportsLanguage() {
        PageBehaviour watched = new PageBehaviour(List.of(new Listener("#kaart", "<div id=kaart>", "touchmove", ""),
                new Listener("window", null, "devicemotion", "")), false, List.of(), List.of(),
                List.of(new Observed("#aantal", "<p id=aantal>", "3 resultaten")),
                List.of(new Observed("#stappen", "<ol id=stappen>", "Eerst | Dan")));

        assertEquals(List.of(Outcome.NEEDS_REVIEW), outcomes(new PointerGestureAudit(), watched));
        assertEquals(List.of(Outcome.NEEDS_REVIEW), outcomes(new MotionActuationAudit(), watched));
        assertEquals(List.of(Outcome.NEEDS_REVIEW), outcomes(new StatusMessageAudit(), watched));
        assertEquals(List.of(Outcome.NEEDS_REVIEW), outcomes(new VisualOrderAudit(), watched));
        assertEquals("After loading, the text \"3 resultaten\" appeared here, outside a live region. If it is a status"
                + " message (such as a result, an error or progress), announce it with role=\"status\" or aria-live.",
                MessageBundles.text(new StatusMessageAudit().audit(watched).get(0).message().get(0), "en"));
    }

    private static PageBehaviour behaviour(List<Listener> listeners) {
        return new PageBehaviour(listeners, false, List.of(), List.of(), List.of(), List.of());
    }

    private static PageBehaviour media(Media... media) {
        return new PageBehaviour(List.of(), false, List.of(), List.of(media), List.of(), List.of());
    }

    private static List<Outcome> outcomes(BehaviourAudit audit, PageBehaviour behaviour) {
        return MessageBundles.worded(audit.audit(behaviour)).stream().map(Finding::outcome).toList();
    }
}
