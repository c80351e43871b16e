package nl.ketenscan.rules.textfit;

import java.util.List;

/**
 * What the browser showed with the page zoomed to 200% (a 1280 px window lays the page out 640 CSS px
 * wide): the texts that no longer fit.
 */
public record ZoomedText(List<ClippedText> clipped) {

    public ZoomedText {
        clipped = List.copyOf(clipped);
    }
}
