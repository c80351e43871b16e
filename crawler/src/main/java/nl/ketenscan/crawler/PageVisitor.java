package nl.ketenscan.crawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HostBreaker;
import nl.ketenscan.crawler.crawl.HtmlBodyCheck;
import nl.ketenscan.crawler.crawl.LinkExtractor;
import nl.ketenscan.crawler.documents.DocumentCheck;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one frontier entry into its page result and the links it adds to the frontier: fetches it,
 * sorts out what is no page to check (errors, documents, oversized or binary bodies), and has an HTML
 * page checked in a browser session, or, in static mode or when the browser gives no DOM, on the HTML
 * as served. Thread-safe: the scan's workers share one visitor.
 */
final class PageVisitor {

    /**
     * A visited entry: its page, the entries found on it that the frontier may not know yet and the
     * URLs in the organisation's scope it links to; or, when the entry led to a page the scan had
     * already taken on, only that page's URL ({@code aliasOf}), and nothing was checked.
     */
    record Visit(PageResult page, String aliasOf, List<FrontierEntry> discovered, List<String> linksTo) {

        static Visit alias(String pageUrl) {
            return new Visit(null, pageUrl, List.of(), List.of());
        }

        boolean isAlias() {
            return aliasOf != null;
        }
    }

    private final Fetcher fetcher;
    private final BrowserPool browsers;
    private final Limits limits;
    private final Admission admission;
    private final ScanNotes notes;
    private final PageClaims claims;
    private final HostBreaker breaker = new HostBreaker(HostBreaker.DEFAULT_THRESHOLD);
    private final DocumentCheck documents;
    private final BrowserCheckPages checkPages;

    /** @param browsers the sessions that check pages, or null to check the HTML as served only */
    /** @param checkPages on which pages the browser checks run */
    PageVisitor(Fetcher fetcher, BrowserPool browsers, Limits limits, Admission admission, ScanNotes notes,
                PageClaims claims, BrowserCheckPages checkPages) {
        this.fetcher = fetcher;
        this.browsers = browsers;
        this.limits = limits;
        this.admission = admission;
        this.notes = notes;
        this.checkPages = checkPages;
        this.claims = claims;
        this.documents = new DocumentCheck(limits.pageBudget(), limits.maxPageBytes());
    }

    /**
     * @return empty when the entry's host was given up: it stays pending in the store, so the scan is
     *         incomplete and {@code --resume} tries it again
     */
    Optional<Visit> visit(FrontierEntry entry) throws InterruptedException {
        if (breaker.stopped(entry.url())) {
            return Optional.empty();
        }
        FetchResult fetched = fetcher.fetch(entry.url(), admission.scope(entry.org()),
                url -> admission.robotsFor(entry.org(), url).allows(url));
        breaker.record(entry.url(), fetched).ifPresent(message -> notes.note(entry.org(), message));
        // a request that got no answer is a page of its own; one that did is the page it ended at
        String landed = fetched.error() == null && fetched.finalUrl() != null ? fetched.finalUrl() : entry.url();
        Optional<String> taken = claims.claim(entry.org(), landed);
        if (taken.isPresent()) {
            return Optional.of(Visit.alias(taken.get()));
        }
        List<FrontierEntry> discovered = new ArrayList<>();
        List<String> linksTo = new ArrayList<>();
        PageResult page;
        Optional<String> binary = Optional.empty();
        if (fetched.error() != null) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(), fetched.error());
        } else if (fetched.status() >= 400) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    "the server answered HTTP " + fetched.status());
        } else if (!fetched.isHtml()) {
            page = documents.check(landed, fetched);
        } else if (fetched.truncated()) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    "the page is larger than the maximum page size of " + limits.maxPageBytes() + " bytes");
        } else if ((binary = HtmlBodyCheck.binary(fetched)).isPresent()) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    "the server calls this page HTML (" + fetched.contentType() + ") but sent " + binary.get()
                            + "; the page was neither rendered nor checked");
        } else {
            Document document = Jsoup.parse(fetched.text(), landed);
            for (String link : LinkExtractor.links(document, landed)) {
                if (admission.scope(entry.org()).allows(link)) {
                    linksTo.add(link);
                }
                if (entry.depth() < limits.maxDepth()) {
                    admission.admissible(entry.org(), link, entry.depth() + 1).ifPresent(discovered::add);
                }
            }
            String encodingProblem = HtmlBodyCheck.invalidEncoding(fetched).orElse(null);
            PageContent served = new PageContent(landed, document);
            page = browsers == null
                    ? checkServed(entry.org(), landed, fetched, served, encodingProblem)
                    : render(entry, landed, fetched, served, encodingProblem);
        }
        return Optional.of(new Visit(page, null, discovered, linksTo));
    }

    /** The own rules on the HTML as served, no browser and no axe. */
    private PageResult checkServed(int org, String landed, FetchResult fetched, PageContent content, String error) {
        PageAudit checked = PageAudit.of(content, List.of(), error, admission.scope(org)::owns);
        String title = content.document().title();
        String lang = content.document().selectFirst("html[lang]") == null ? null : content.declaredLang();
        return new PageResult(landed, landed, fetched.status(), fetched.contentType(),
                title.isEmpty() ? null : title, lang, checked.error(), checked.findings(), checked.plainLanguage(),
                0, 0, checked.features(), checked.facts());
    }

    /**
     * The page checked in a browser. When the browser could not give its DOM (the page kept navigating,
     * never loaded, or crashed the browser twice), the own rules check the HTML as served, so the page
     * still gets what ketenscan can say about it; its error says that axe did not run.
     */
    private PageResult render(FrontierEntry entry, String landed, FetchResult fetched, PageContent served,
                              String encodingProblem) throws InterruptedException {
        // the host's turn first: a session waiting out a Crawl-delay would idle while other hosts' pages wait
        RenderedPage rendered = fetcher.paced(landed, () -> {
            BrowserSession session = browsers.acquire();
            try {
                return session.check(landed, checkPages.forPage(entry.org(), entry.depth() == 0));
            } finally {
                browsers.release(session);
            }
        });
        String error = PageAudit.withProblem(encodingProblem, rendered.error());
        if (rendered.html() == null) {
            return checkServed(entry.org(), landed, fetched, served, PageAudit.withProblem(error, "axe did not run;"
                    + " ketenscan's own rules checked the HTML as served instead"));
        }
        PageAudit checked = PageAudit.of(PageContent.parse(rendered.finalUrl(), rendered.html()),
                rendered.findings(), error, admission.scope(entry.org())::owns);
        checkPages.rendered(entry.org(), checked.facts().skeleton());
        return new PageResult(landed, rendered.finalUrl(), fetched.status(), fetched.contentType(),
                rendered.title(), rendered.lang(), checked.error(), checked.findings(), checked.plainLanguage(),
                rendered.loadMillis(), rendered.checkMillis(), checked.features(),
                checked.facts().withBrowserChecks(new BrowserChecks(rendered.gatherers(), rendered.notes())));
    }
}
