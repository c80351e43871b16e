package nl.ketenscan.rules.behaviour;

import java.util.List;

/**
 * What a page's scripts set up and did, as the browser recorded it from before the page's own
 * scripts ran until the checks, and what moved or played when the page was looked at: the facts the
 * criteria of motion, sound, keys, pointers and status messages ask about and no DOM snapshot shows.
 *
 * @param listeners    handlers for keys, device motion and pointers, where they are and, for keys, their source
 * @param pauseControl whether the page has a control named pause, stop or play anywhere
 * @param animations   running CSS or script animations of visible elements
 * @param media        audio and video elements and whether they play
 * @param changes      text the page changed after it loaded, outside live regions
 * @param reordered    flex or grid containers whose CSS order or reversed direction shows their text in
 *                     another order than the source
 */
public record PageBehaviour(List<Listener> listeners, boolean pauseControl, List<Animation> animations,
                            List<Media> media, List<Observed> changes, List<Observed> reordered) {

    public PageBehaviour {
        listeners = List.copyOf(listeners);
        animations = List.copyOf(animations);
        media = List.copyOf(media);
        changes = List.copyOf(changes);
        reordered = List.copyOf(reordered);
    }

    /**
     * An event handler the page added.
     *
     * @param target  {@code document}, {@code window} or the selector of an element
     * @param snippet the element's HTML; null for document and window
     * @param type    the event, e.g. {@code keydown}
     * @param source  the handler's source, for key handlers; empty otherwise
     */
    public record Listener(String target, String snippet, String type, String source) {

        /** On the whole page (document, window, html or body) rather than on one element of it. */
        public boolean onWholePage() {
            return "document".equals(target) || "window".equals(target) || "html".equals(target)
                    || "html > body".equals(target);
        }
    }

    /** @param millis how long it runs in all; -1 when it runs forever */
    public record Animation(String selector, String snippet, long millis) {
    }

    /**
     * @param muted        muted or at volume zero
     * @param sound        whether the browser decoded any of its audio
     * @param playedSeconds how far it has played
     */
    public record Media(String selector, String snippet, boolean playing, boolean muted, boolean sound,
                        double playedSeconds) {
    }

    /** An element and the text that shows what was seen, e.g. the text it changed to. */
    public record Observed(String selector, String snippet, String text) {
    }
}
