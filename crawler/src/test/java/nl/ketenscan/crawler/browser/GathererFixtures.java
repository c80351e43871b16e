package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.Finding;

/**
 * A loopback site serving the fixture pages under {@code browser/gatherers} and one Chromium, for the
 * tests of one gatherer and its audit: a page is loaded, the gatherer runs as it does in a scan, and
 * the audit judges what it gathered. Each use checks that the gatherer left the viewport as it was.
 */
final class GathererFixtures implements AutoCloseable {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final String VIEWPORT = "return [window.innerWidth, window.innerHeight];";

    private final FixtureServer site;
    private final ChromiumInstance browser;

    GathererFixtures() {
        site = FixtureServer.start();
        site.serve("/browser/gatherers", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
        BehaviourRecorder.register(browser.driver());
    }

    /** Serves {@code body} at {@code path} too, e.g. a sound for a page to play. */
    void serve(String path, String contentType, byte[] body) {
        site.respond(path, 200, contentType, body);
    }

    /** The artifact {@code gatherer} collects on the fixture page {@code path}, e.g. {@code reflow-fails.html}. */
    <A extends Record> A gather(Gatherer<A> gatherer, String path) {
        open(path);
        Object viewport = DialogSafeScripts.execute(browser.driver(), VIEWPORT);
        PageGatherers.Gathered gathered = new PageGatherers(List.of(gatherer))
                .gather(browser.driver(), EnumSet.allOf(GatherCost.class));
        assertEquals(List.of(), gathered.notes(), "the gatherer ran to its end");
        assertEquals(viewport, DialogSafeScripts.execute(browser.driver(), VIEWPORT), "the viewport was restored");
        return gathered.artifacts().get(gatherer.artifact()).orElseThrow();
    }

    /** What {@code audit} finds in what {@code gatherer} collects on the fixture page {@code path}. */
    <A extends Record> List<Finding> findings(Gatherer<A> gatherer, BrowserAudit<A> audit, String path) {
        return audit.audit(gather(gatherer, path));
    }

    ChromiumInstance browser() {
        return browser;
    }

    /** Opens the fixture page {@code path}, the browser kept to the fixture site as a scan keeps it. */
    void open(String path) {
        browser.enter(Scope.origin(site.origin()));
        browser.open(url(path));
    }

    String url(String path) {
        return site.url("/" + path);
    }

    /** How often the fixture site was asked for {@code path}, e.g. a page a gatherer must not have opened. */
    int requests(String path) {
        return site.requests("/" + path);
    }

    @Override
    public void close() {
        browser.close();
        site.close();
    }
}
