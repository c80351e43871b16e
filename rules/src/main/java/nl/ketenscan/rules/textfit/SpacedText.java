package nl.ketenscan.rules.textfit;

import java.util.List;

/**
 * What the browser showed once the text spacing of WCAG 1.4.12 was applied as a user's style sheet
 * (line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16 times the font
 * size): the texts that no longer fit, and those that now run into other text.
 */
public record SpacedText(List<ClippedText> clipped, List<OverlappingText> overlapping) {

    public SpacedText {
        clipped = List.copyOf(clipped);
        overlapping = List.copyOf(overlapping);
    }
}
