package nl.ketenscan.rules.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import org.jsoup.nodes.Element;

/**
 * {@code media-alternative}: a video or audio (an element, or the frame of a known video player) with
 * neither a track of audio description nor a transcript named beside it. WCAG 1.2.1 (audio or video
 * only), 1.2.3 and 1.2.5 (audio description or a text alternative of prerecorded video) ask for one of
 * them; whether the media needs one (a video whose sound tells everything shown needs no description)
 * and whether the one there is complete only a person can tell, so it needs review. A description
 * track or a link or text naming a transcript in the media's section is taken as the alternative.
 */
public final class MediaAlternative implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("media-alternative", List.of("1.2.1", "1.2.3", "1.2.5"),
            Impact.SERIOUS,
            "Video of audio zonder audiodescriptie of uitgeschreven tekst ernaast.",
            "Video or audio without an audio description or a transcript beside it.",
            "https://www.w3.org/WAI/WCAG21/Understanding/audio-description-prerecorded.html");

    /** Words that name a text alternative of media, in Dutch and English. */
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "transcript|uitgeschreven|tekstversie|tekstalternatief|audiodescriptie|audio description|text version");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (Element media : page.document().select("video, audio, iframe[src]")) {
            if (media.is("iframe") && !PageFeature.isVideoPlayer(media)) {
                continue;
            }
            if (media.selectFirst("track[kind=descriptions]") != null || alternativeBeside(media)) {
                continue;
            }
            findings.add(INFO.finding(Outcome.NEEDS_REVIEW, media.cssSelector(), Snippet.of(media),
                    INFO.message(media.is("audio") ? "audio" : "video")));
        }
        return findings;
    }

    /** Whether the media's section (or, without one, its parent) names a transcript or description. */
    private static boolean alternativeBeside(Element media) {
        Element section = media.closest("figure, section, article");
        Element around = section != null ? section : media.parent();
        return around != null && ALTERNATIVE.matcher(around.text().toLowerCase(Locale.ROOT)).find();
    }
}
