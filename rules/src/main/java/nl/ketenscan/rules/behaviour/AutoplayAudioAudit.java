package nl.ketenscan.rules.behaviour;

import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code autoplay-audio-observed}: WCAG 1.4.2, audio or video that started by itself and was seen
 * playing with sound for more than three seconds (ACT rule 80f0bf). Failed when so observed, whatever
 * the element's attributes say: a visitor hears it over a screen reader. Playing unmuted for less than
 * that, or without audio decoded yet, needs review. axe's {@code no-autoplay-audio} reads the attributes.
 */
public final class AutoplayAudioAudit implements BehaviourAudit {

    /** The criterion's limit: sound that stops within three seconds needs no control. */
    static final double LIMIT_SECONDS = 3;

    private static final RuleInfo INFO = new RuleInfo("autoplay-audio-observed", List.of("1.4.2"), Impact.SERIOUS,
            "Geluid of video die vanzelf begint te spelen en langer dan drie seconden geluid maakt.",
            "Audio or video that starts playing by itself and makes sound for more than three seconds.",
            "https://www.w3.org/WAI/WCAG21/Understanding/audio-control.html", List.of("80f0bf"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        List<Finding> findings = new ArrayList<>();
        for (PageBehaviour.Media media : behaviour.media()) {
            if (!media.playing() || media.muted() || findings.size() == MAX_FINDINGS) {
                continue;
            }
            boolean proven = media.sound() && media.playedSeconds() > LIMIT_SECONDS;
            findings.add(INFO.finding(proven ? Outcome.FAILED : Outcome.NEEDS_REVIEW, media.selector(),
                    Snippet.of(media.snippet()),
                    proven ? INFO.message("sound", Math.round(media.playedSeconds())) : INFO.message("unmuted")));
        }
        return findings;
    }
}
