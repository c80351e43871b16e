package nl.ketenscan.rules.navigation;

import java.util.List;
import java.util.Objects;

/**
 * A block of links that a site's template repeats: a {@code nav} (or {@code role="navigation"}), or
 * the links of the header or the footer outside one.
 *
 * @param key      names the block the same on every page of one template: its label, its id, or the
 *                 tags and classes of its place in the page
 * @param selector where the block is on this page, for findings
 * @param links    its links in document order, each destination once
 */
public record NavigationBlock(String key, String selector, List<NavigationLink> links) {

    public NavigationBlock {
        Objects.requireNonNull(key, "key");
        links = List.copyOf(links);
    }

    /** The destinations in document order. */
    public List<String> destinations() {
        return links.stream().map(NavigationLink::destination).toList();
    }
}
