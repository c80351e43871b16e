package nl.ketenscan.rules.orientation;

import java.util.List;

/**
 * What the page showed in one orientation of the screen.
 *
 * @param visibleText how many characters of text the page showed (its rendered text, {@code innerText})
 * @param rotated     elements turned a quarter by a CSS transform while holding most of that text, as
 *                    selectors: the way pages force the other orientation
 */
public record OrientationView(int visibleText, List<String> rotated) {

    public OrientationView {
        rotated = List.copyOf(rotated);
    }
}
