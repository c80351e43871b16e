package nl.ketenscan.rules.orientation;

import java.util.Objects;

/** The page on a screen held upright (768 by 1024 CSS px) and on its side (1024 by 768). */
public record OrientationViews(OrientationView portrait, OrientationView landscape) {

    public OrientationViews {
        Objects.requireNonNull(portrait, "portrait");
        Objects.requireNonNull(landscape, "landscape");
    }
}
