package nl.ketenscan.rules;

import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.statement.RegisterEntry;

/**
 * What a scan found for one organisation: every page it looked at, in the order they were done.
 *
 * @param links      how the crawl reached each page (aliases, linking pages), by {@link PageResult#url()};
 *                   a page without an entry has none
 * @param stopReason why the crawl of this organisation ended early; null when it visited every page
 *                   its scope offered
 * @param register   the statement's entry in the register, as read after the crawl; null when the
 *                   statement links none or the register was not asked ({@code --no-register})
 */
public record OrganisationResults(Organisation organisation, List<PageResult> pages, Map<String, PageLinks> links,
                                  StopReason stopReason, RegisterEntry register) {

    /** Results without a register entry. */
    public OrganisationResults(Organisation organisation, List<PageResult> pages, Map<String, PageLinks> links,
                               StopReason stopReason) {
        this(organisation, pages, links, stopReason, null);
    }

    public OrganisationResults {
        pages = List.copyOf(pages);
        links = Map.copyOf(links);
    }

    /** A complete crawl whose pages have no aliases and no recorded links. */
    public OrganisationResults(Organisation organisation, List<PageResult> pages) {
        this(organisation, pages, Map.of(), null);
    }

    /** The same organisation with other page results, e.g. with site findings added. */
    public OrganisationResults withPages(List<PageResult> pages) {
        return new OrganisationResults(organisation, pages, links, stopReason, register);
    }

    /** True when the crawl visited every page the organisation's scope offered. */
    public boolean complete() {
        return stopReason == null;
    }

    /** How the crawl reached the page with this URL. */
    public PageLinks linksOf(String pageUrl) {
        return links.getOrDefault(pageUrl, PageLinks.NONE);
    }

    /** The defects of this organisation, each once, with the pages it occurs on. */
    public List<Issue> issues() {
        return Issue.group(pages);
    }
}
