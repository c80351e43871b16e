package nl.ketenscan.rules.orientation;

import java.util.Objects;

/**
 * The page on a screen held upright (768 by 1024 CSS px) and on its side (1024 by 768), or, when nothing
 * in the page can tell the orientation, neither: then it cannot lock it, and the views are not taken.
 *
 * @param responds  whether the page's style sheets or scripts can tell the orientation
 * @param portrait  what it showed upright; null when it does not respond
 * @param landscape what it showed on its side; null when it does not respond
 */
public record OrientationViews(boolean responds, OrientationView portrait, OrientationView landscape) {

    public OrientationViews {
        if (responds) {
            Objects.requireNonNull(portrait, "portrait");
            Objects.requireNonNull(landscape, "landscape");
        }
    }

    /** Both orientations, seen on a page that can tell them. */
    public OrientationViews(OrientationView portrait, OrientationView landscape) {
        this(true, portrait, landscape);
    }

    /** A page with no media query, style sheet or script that can tell the orientation. */
    public static OrientationViews unresponsive() {
        return new OrientationViews(false, null, null);
    }
}
