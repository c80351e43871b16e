package nl.ketenscan.crawler.browser;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.PageContent;

/**
 * ketenscan's own page rules on the DOM the browser rendered, run by the session while the page is still
 * loaded, so that their findings get screenshots as axe's do. The judgement stays a pure function the
 * caller supplies (the scan knows the organisation's scope); the session only parses the DOM, hands it
 * over and takes the screenshots. Each session has a worker of its own, so judging before the session is
 * given back keeps no other page waiting.
 */
@FunctionalInterface
public interface DomAudit {

    /**
     * @param dom             the page's DOM as rendered
     * @param browserFindings axe's findings and those of the browser audits on what the gatherers saw
     * @param error           why the page was not fully checked in the browser, or null
     * @return everything ketenscan makes of the page; its findings and error are the page's, the browser's
     *         included
     */
    PageAudit audit(PageContent dom, List<Finding> browserFindings, List<Message> error);
}
