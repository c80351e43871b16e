package nl.ketenscan.rules.hover;

import java.util.List;

/**
 * What moving the pointer over a page's likely triggers showed: the elements styled to change on
 * {@code :hover} or described by an element hidden until then, each tried with Escape and the pointer.
 */
public record HoverContents(List<HoverContent> contents) {

    public HoverContents {
        contents = List.copyOf(contents);
    }
}
