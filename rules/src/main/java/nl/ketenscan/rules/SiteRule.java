package nl.ketenscan.rules;

import java.util.List;
import java.util.Map;

/**
 * One of ketenscan's own checks across the pages of one organisation, for defects that no single
 * page shows, such as the same title on many pages. It judges what the crawl stored about each page
 * (URL, status, content type, title), as a pure function of it: no I/O, and the same pages always
 * give the same findings, so a report rendered again from the store says the same.
 *
 * @see SiteAudit which runs these rules on a scan's results
 */
public non-sealed interface SiteRule extends Rule {

    /**
     * @param pages every page the scan looked at for one organisation, in scan order
     * @return findings keyed by the {@link PageResult#url()} they belong to; pages without findings
     *         are left out
     */
    Map<String, List<Finding>> check(List<PageResult> pages);
}
