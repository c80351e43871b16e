package nl.ketenscan.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.DomAudit;
import nl.ketenscan.crawler.browser.EvidenceChoice;
import nl.ketenscan.crawler.browser.GatherChoice;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.Screenshot;

/**
 * What evidence costs a page: the generated site's pages checked in one browser session (axe, no
 * gatherers) three ways, side by side per page so the machine's load falls on each alike: without
 * screenshots; with the own page rules judging the rendered DOM in the session (as a scan does) and no
 * screenshot; and with a screenshot of every finding the page cap allows (at most 10, the worst case; a
 * scan takes at most 200 in all). Prints the time a page takes each way, the own rules' time in the
 * session, and the time one screenshot takes.
 *
 * <p>Usage: {@code EvidenceBench [pages]}
 */
public final class EvidenceBench {

    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final GatherChoice AXE_ONLY = (url, html) -> Set.of();

    private EvidenceBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        AtomicLong auditNanos = new AtomicLong();
        DomAudit ownRules = (dom, found, error) -> {
            long start = System.nanoTime();
            PageAudit audit = PageAudit.of(dom, found, error, url -> true);
            auditNanos.addAndGet(System.nanoTime() - start);
            return audit;
        };
        long[] nanos = new long[3];
        long shots = 0;
        long ownShots = 0;
        try (GeneratedSite site = GeneratedSite.start(pages);
             BrowserSession session = BrowserSession.start(BrowserSettings.local(BUDGET))) {
            Scope scope = Scope.origin(site.origin() + "/");
            session.check(site.origin() + "/", scope, AXE_ONLY, EvidenceChoice.none(), ownRules);
            auditNanos.set(0);
            for (int page = 0; page < pages; page++) {
                String url = site.origin() + (page == 0 ? "/" : "/pagina/" + page);
                nanos[0] += timed(() -> session.check(url, scope, AXE_ONLY, EvidenceChoice.none(), null));
                nanos[1] += timed(() -> session.check(url, scope, AXE_ONLY, EvidenceChoice.none(), ownRules));
                RenderedPage[] shown = new RenderedPage[1];
                nanos[2] += timed(() -> shown[0] = session.check(url, scope, AXE_ONLY, everything(), ownRules));
                shots += shown[0].screenshots().size();
                ownShots += shown[0].screenshots().stream().filter(s -> s.finding().engine() == Engine.KETENSCAN).count();
            }
        }
        double audit = auditNanos.get() / 2e6 / pages;
        System.out.printf(Locale.ROOT, "%d pages, one session, axe only, ms a page (mean):%n", pages);
        System.out.printf(Locale.ROOT, "  without evidence (own rules after the session):  %7.1f%n", nanos[0] / 1e6 / pages);
        System.out.printf(Locale.ROOT, "  own rules in the session, no screenshot:          %7.1f  (of which the own rules %.1f)%n",
                nanos[1] / 1e6 / pages, audit);
        System.out.printf(Locale.ROOT, "  own rules in the session, every finding shot:     %7.1f  (%.1f screenshots a page, %.1f of own rules)%n",
                nanos[2] / 1e6 / pages, (double) shots / pages, (double) ownShots / pages);
        if (shots > 0) {
            System.out.printf(Locale.ROOT, "  one screenshot: %.1f ms; the scan's bound of %d: %.1f s at most%n",
                    (nanos[2] - nanos[1]) / 1e6 / shots, Screenshot.MAX_PER_SCAN,
                    (nanos[2] - nanos[1]) / 1e9 / shots * Screenshot.MAX_PER_SCAN);
        }
    }

    private static long timed(Runnable check) {
        long start = System.nanoTime();
        check.run();
        return System.nanoTime() - start;
    }

    /** Claims every finding: the page cap alone bounds the screenshots, the worst case a page meets. */
    private static EvidenceChoice everything() {
        return new EvidenceChoice() {
            @Override
            public boolean claim(Finding finding) {
                return true;
            }

            @Override
            public void release(Finding finding) {
                // nothing is counted
            }
        };
    }
}
