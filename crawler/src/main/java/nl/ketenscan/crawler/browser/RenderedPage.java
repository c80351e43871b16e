package nl.ketenscan.crawler.browser;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.PageContent;

/**
 * What the browser saw of one page and what axe found in it.
 *
 * <p>{@code error} is non-null when the page could not be fully checked: it did not load, it did not
 * finish loading within the budget (the findings then cover what had loaded), or axe failed on it (no
 * findings). Such a page must never count as passing.
 *
 * @param finalUrl    where the browser ended up after redirects; the requested URL when it got nowhere
 * @param lang        the {@code lang} attribute of the html element as written, null when absent
 * @param html        the DOM as rendered (after scripts ran), for ketenscan's own rules; null when nothing loaded
 * @param frameLinks  the absolute addresses the links of the page's frames of its own origin lead to, as
 *                    rendered (the top document's links are in {@code html})
 * @param findings    axe violations as failures and axe incomplete results as needing review, one per element,
 *                    and the findings of the browser audits on what the gatherers saw
 * @param loadMillis  time spent loading the page
 * @param checkMillis time spent running axe, including injecting it into every frame, and the gatherers
 * @param gatherers   the gatherers that ran on the page and returned their artifact
 * @param notes       why a gatherer or browser audit said nothing about the page (it failed or ran out of
 *                    time), in English; such a gap is no finding and does not make the page an error
 * @param screenshots the screenshots of the findings the scan's evidence choice claimed, taken while the
 *                    page was loaded
 * @param dom         {@code html} parsed, when the own page rules ran in the session ({@link DomAudit}); else null
 * @param audit       what the own page rules made of {@code dom}, its findings those of the whole page
 *                    ({@code findings} among them); null when they did not run in the session
 */
public record RenderedPage(String finalUrl, String title, String lang, String html, List<String> frameLinks,
                           List<Finding> findings,
                           List<Message> error,
                           long loadMillis, long checkMillis, List<String> gatherers, List<String> notes,
                           List<TakenScreenshot> screenshots, PageContent dom, PageAudit audit) {

    public RenderedPage {
        frameLinks = List.copyOf(frameLinks);
        findings = List.copyOf(findings);
        error = error == null || error.isEmpty() ? null : List.copyOf(error);
        gatherers = List.copyOf(gatherers);
        notes = List.copyOf(notes);
        screenshots = List.copyOf(screenshots);
    }

    static RenderedPage failed(String url, Message error, long loadMillis) {
        return new RenderedPage(url, null, null, null, List.of(), List.of(), List.of(error), loadMillis, 0, List.of(),
                List.of(), List.of(), null, null);
    }
}
