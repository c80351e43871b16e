package nl.ketenscan.rules;

import java.util.List;

/** What a scan found for one organisation: every page it looked at, in the order they were done. */
public record OrganisationResults(Organisation organisation, List<PageResult> pages) {

    public OrganisationResults {
        pages = List.copyOf(pages);
    }

    /** The same organisation with other page results, e.g. with site findings added. */
    public OrganisationResults withPages(List<PageResult> pages) {
        return new OrganisationResults(organisation, pages);
    }

    /** The defects of this organisation, each once, with the pages it occurs on. */
    public List<Issue> issues() {
        return Issue.group(pages);
    }
}
