package nl.ketenscan.rules;

import java.util.List;

/**
 * How the crawl reached a page, beside what the page holds: the other addresses that led to it and
 * the pages that link to it. A redirect source or an {@code index.html} form is an alias of the page
 * it ends at, never a page of its own; the pages linking to a page that answered with an error are
 * where its broken links are.
 *
 * @param aliases    other URLs that ended at this page, in the order they were met
 * @param linkedFrom pages of the scan that link here, the first ones met, at most
 *                   {@link #MAX_LINKED_FROM}
 */
public record PageLinks(List<String> aliases, List<String> linkedFrom) {

    /** Enough to find a broken link in a template or an editor's text, without a row for every page. */
    public static final int MAX_LINKED_FROM = 10;

    public static final PageLinks NONE = new PageLinks(List.of(), List.of());

    public PageLinks {
        aliases = List.copyOf(aliases);
        linkedFrom = List.copyOf(linkedFrom);
    }
}
