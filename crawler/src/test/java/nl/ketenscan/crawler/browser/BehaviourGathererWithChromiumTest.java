package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.TreeSet;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageArtifacts;
import nl.ketenscan.rules.behaviour.PageBehaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the page did, recorded from its first script: 2.2.2, 1.4.2, 2.1.4, 2.5.4, 4.1.3, 1.3.2, 2.5.1, 2.5.2. */
class BehaviourGathererWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
        fixtures.serve("/toon.wav", "audio/wav", tone(5));
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @Test
    void eachBehaviourPlantedIsFoundWithItsCriterion() {
        assertEquals(new TreeSet<>(List.of(
                        "NEEDS_REVIEW moving-content-no-pause #ticker",
                        "FAILED autoplay-audio-observed #muziek",
                        "NEEDS_REVIEW character-key-shortcut null",
                        "NEEDS_REVIEW motion-actuation null",
                        "NEEDS_REVIEW status-message-not-announced #status",
                        "NEEDS_REVIEW visual-order-differs #stappen",
                        "NEEDS_REVIEW pointer-gesture #slider",
                        "NEEDS_REVIEW pointer-down-activation #knop")),
                described("behaviour-fails.html"));
    }

    /**
     * Hard passes: an animation that ends within five seconds, muted autoplay, Escape and Ctrl+K, a status
     * region, flex without reordering, a button that handles the click too, a touch handler on the document.
     */
    @Test
    void behaviourWithinTheCriteriaSaysNothing() {
        assertEquals(new TreeSet<>(), described("behaviour-passes.html"));
    }

    private static TreeSet<String> described(String page) {
        PageBehaviour behaviour = fixtures.gather(new BehaviourGatherer(), page);
        List<Finding> findings = OwnRules.audit(PageArtifacts.of(behaviour));
        TreeSet<String> described = new TreeSet<>();
        findings.forEach(f -> described.add(f.outcome() + " " + f.rule() + " " + f.selector()));
        return described;
    }

    /** A WAV file of a 440 Hz tone, 8 kHz 8-bit mono, {@code seconds} long. */
    private static byte[] tone(int seconds) {
        int rate = 8000;
        int samples = rate * seconds;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes()).put("fmt ".getBytes())
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate)
                .putShort((short) 1).putShort((short) 8).put("data".getBytes()).putInt(samples);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        for (int i = 0; i < samples; i++) {
            wav.write((int) (128 + 100 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return wav.toByteArray();
    }
}
