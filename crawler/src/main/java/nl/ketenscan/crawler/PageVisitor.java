package nl.ketenscan.crawler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.crawler.crawl.HostBreaker;
import nl.ketenscan.crawler.crawl.HtmlBodyCheck;
import nl.ketenscan.crawler.crawl.LinkExtractor;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.crawler.login.LoginSessions;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one frontier entry into its page result and the links it adds to the frontier: fetches it,
 * sorts out what is no page to check (errors, documents, oversized or binary bodies), and has an HTML
 * page checked in a browser session, or, in static mode or when the browser gives no DOM, on the HTML
 * as served. An HTML page's links are those of the HTML as served together with those of the DOM the
 * browser rendered and of its frames of the page's own origin, so a menu a script inserts is followed
 * too; all pass the same admission.
 * Thread-safe: the scan's workers share one visitor.
 */
final class PageVisitor {

    /**
     * A visited entry: its page, the entries found on it that the frontier may not know yet and the
     * URLs in the organisation's scope it links to; or, when the entry led to a page the scan had
     * already taken on, only that page's URL ({@code aliasOf}), and nothing was checked; or, when it
     * is a document, the document as fetched, for the {@link nl.ketenscan.crawler.documents.DocumentPool}
     * to check beside the page checks ({@code page} is then null).
     */
    record Visit(PageResult page, String aliasOf, List<FrontierEntry> discovered, List<String> linksTo,
                 FetchedDocument document) {

        static Visit alias(String pageUrl) {
            return new Visit(null, pageUrl, List.of(), List.of(), null);
        }

        boolean isAlias() {
            return aliasOf != null;
        }

        boolean isDocument() {
            return document != null;
        }
    }

    /** A document as fetched, and the URL its result is stored under (where its request ended). */
    record FetchedDocument(String url, FetchResult fetched) {
    }

    private final Fetcher fetcher;
    private final BrowserPool browsers;
    private final Limits limits;
    private final Admission admission;
    private final ScanNotes notes;
    private final PageClaims claims;
    private final HashRoutes hashRoutes;
    private final HostBreaker breaker = new HostBreaker(HostBreaker.DEFAULT_THRESHOLD);
    private final BrowserCheckPages checkPages;
    private final LoginSessions logins;
    private final ScreenshotBudget screenshots;

    /**
     * @param browsers   the sessions that check pages, or null to check the HTML as served only
     * @param checkPages on which pages the browser checks run
     * @param hashRoutes which fragments of the rendered DOM's links are pages of their own
     * @param logins     the organisations' login sessions: a page that lands on its login page has the
     *                   session renewed and is visited again, once
     * @param screenshots which findings get a screenshot, and where they are kept; null without a browser
     */
    PageVisitor(Fetcher fetcher, BrowserPool browsers, Limits limits, Admission admission, ScanNotes notes,
                PageClaims claims, BrowserCheckPages checkPages, HashRoutes hashRoutes, LoginSessions logins,
                ScreenshotBudget screenshots) {
        this.fetcher = fetcher;
        this.browsers = browsers;
        this.limits = limits;
        this.admission = admission;
        this.notes = notes;
        this.checkPages = checkPages;
        this.claims = claims;
        this.hashRoutes = hashRoutes;
        this.logins = logins;
        this.screenshots = screenshots;
    }

    /**
     * @return empty when the entry's host was given up: it stays pending in the store, so the scan is
     *         incomplete and {@code --resume} tries it again
     */
    Optional<Visit> visit(FrontierEntry entry) throws InterruptedException {
        if (breaker.stopped(entry.url())) {
            return Optional.empty();
        }
        int session = logins.generation(entry.org());
        FetchResult fetched = fetch(entry);
        if (landedOnLogin(entry.org(), fetched)) {
            session = renewed(entry.org(), session);
            fetched = fetch(entry);
            if (landedOnLogin(entry.org(), fetched)) {
                return Optional.of(lost(entry, entry.url(), fetched));
            }
        }
        // a request that got no answer is a page of its own; one that did is the page it ended at, and a
        // hash route the route of that page, as the browser keeps a fragment through a redirect
        String landed = fetched.error() == null && fetched.finalUrl() != null
                ? fetched.finalUrl() + HashRoutes.of(entry.url()) : entry.url();
        Optional<String> taken = claims.claim(entry.org(), landed);
        if (taken.isPresent()) {
            return Optional.of(Visit.alias(taken.get()));
        }
        List<FrontierEntry> discovered = new ArrayList<>();
        List<String> linksTo = new ArrayList<>();
        PageResult page;
        Optional<String> binary = Optional.empty();
        if (fetched.error() != null) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    Message.of("page-error.fetch", fetched.error()));
        } else if (fetched.status() >= 400) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    Message.of("page-error.http-status", fetched.status()));
        } else if (!fetched.isHtml()) {
            return Optional.of(new Visit(null, null, discovered, linksTo, new FetchedDocument(landed, fetched)));
        } else if (fetched.truncated()) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    Message.of("page-error.too-large", limits.maxPageBytes()));
        } else if ((binary = HtmlBodyCheck.binary(fetched)).isPresent()) {
            page = PageResult.failed(landed, fetched.status(), fetched.contentType(),
                    Message.of("page-error.binary", String.valueOf(fetched.contentType()), binary.get()));
        } else {
            Document document = Jsoup.parse(fetched.text(), landed);
            // the union of what the server sent and what the page's scripts built (a menu inserted on load)
            Set<String> links = new LinkedHashSet<>(LinkExtractor.links(document, landed));
            Set<String> logoutLinks = new LinkedHashSet<>(logins.logoutLinks(entry.org(), document, landed));
            Message encodingProblem = HtmlBodyCheck.invalidEncoding(fetched).orElse(null);
            PageContent served = new PageContent(landed, document);
            if (browsers == null) {
                page = checkServed(entry.org(), landed, fetched, served, PageAudit.withProblem(null, encodingProblem));
            } else {
                Checked checked = render(entry, landed, fetched, served, encodingProblem, session);
                if (checked.page() == null) {
                    return Optional.of(lost(entry, landed, fetched));
                }
                page = checked.page();
                links.addAll(checked.renderedLinks());
                logoutLinks.addAll(checked.logoutLinks());
            }
            links.removeAll(logoutLinks);
            for (String link : links) {
                if (admission.scope(entry.org()).allows(link)) {
                    linksTo.add(link);
                }
                if (entry.depth() < limits.maxDepth()) {
                    admission.admissible(entry.org(), link, entry.depth() + 1).ifPresent(discovered::add);
                }
            }
        }
        if (logins.hasLogin(entry.org()) && page.error() == null) {
            logins.checkedLoggedIn(entry.org());
        }
        return Optional.of(new Visit(page, null, discovered, linksTo, null));
    }

    private FetchResult fetch(FrontierEntry entry) throws InterruptedException {
        FetchResult fetched = fetcher.fetch(entry.url(), admission.scope(entry.org()),
                url -> admission.robotsFor(entry.org(), url).allows(url));
        breaker.record(entry.url(), fetched).ifPresent(message -> notes.note(entry.org(), message));
        return fetched;
    }

    /** Whether the fetch ended at the organisation's login page: its session is gone. */
    private boolean landedOnLogin(int org, FetchResult fetched) {
        return fetched.error() == null && logins.isLoginPage(org, fetched.finalUrl());
    }

    /** Logs in again (unless another worker did since {@code session}), and gives the session now. */
    private int renewed(int org, int session) {
        logins.renew(org, session);
        return logins.generation(org);
    }

    /** A page that met the login page again after a new login: an error, never the login page checked in its place. */
    private Visit lost(FrontierEntry entry, String url, FetchResult fetched) {
        return new Visit(PageResult.failed(url, fetched.status(), fetched.contentType(),
                Message.of("page-error.login-lost", logins.loginPage(entry.org()).orElse(""))), null, List.of(), List.of(),
                null);
    }

    /** The own rules on the HTML as served, no browser and no axe. */
    private PageResult checkServed(int org, String landed, FetchResult fetched, PageContent content,
                                   List<Message> error) {
        PageAudit checked = PageAudit.of(content, List.of(), error, admission.scope(org)::owns);
        String title = content.document().title();
        String lang = content.document().selectFirst("html[lang]") == null ? null : content.declaredLang();
        return new PageResult(landed, landed, fetched.status(), fetched.contentType(),
                title.isEmpty() ? null : title, lang, checked.error(), checked.findings(), checked.plainLanguage(),
                0, 0, checked.features(), checked.facts());
    }

    /**
     * A page checked in the browser and the links of its rendered DOM (with its hash routes) and of its
     * frames of its own origin, resolved against where the browser ended up; none when the browser gave
     * no DOM. A null page: the browser met the login page again after a new login.
     */
    private record Checked(PageResult page, List<String> renderedLinks, Set<String> logoutLinks) {
    }

    /**
     * The page checked in a browser. When the browser could not give its DOM (the page kept navigating,
     * never loaded, or crashed the browser twice), the own rules check the HTML as served, so the page
     * still gets what ketenscan can say about it; its error says that axe did not run.
     */
    private Checked render(FrontierEntry entry, String landed, FetchResult fetched, PageContent served,
                           Message encodingProblem, int loginSession) throws InterruptedException {
        RenderedPage rendered = renderOnce(entry, landed, encodingProblem);
        if (logins.isLoginPage(entry.org(), rendered.finalUrl())) {
            renewed(entry.org(), loginSession);
            rendered = renderOnce(entry, landed, encodingProblem);
            if (logins.isLoginPage(entry.org(), rendered.finalUrl())) {
                return new Checked(null, List.of(), Set.of());
            }
        }
        List<Message> error = PageAudit.withProblem(rendered.error(), encodingProblem);
        if (rendered.audit() == null) {
            return new Checked(checkServed(entry.org(), landed, fetched, served,
                    PageAudit.withProblem(error, Message.of("page-error.served-html-checked"))), List.of(), Set.of());
        }
        PageContent dom = rendered.dom();
        List<String> links = new ArrayList<>(LinkExtractor.links(dom.document(), rendered.finalUrl()));
        links.addAll(hashRoutes.routes(dom.document(), rendered.finalUrl()));
        rendered.frameLinks().forEach(link -> UrlNormalizer.normalise(link).ifPresent(links::add));
        PageAudit checked = rendered.audit();
        checkPages.rendered(entry.org(), checked.facts().skeleton());
        return new Checked(new PageResult(landed, rendered.finalUrl(), fetched.status(), fetched.contentType(),
                rendered.title(), rendered.lang(), checked.error(), checked.findings(), checked.plainLanguage(),
                rendered.loadMillis(), rendered.checkMillis(), checked.features(),
                checked.facts().withBrowserChecks(new BrowserChecks(rendered.gatherers(), rendered.notes(),
                        rendered.screenshots().stream().map(shot -> screenshots.save(landed, shot)).toList()))), links,
                logins.logoutLinks(entry.org(), dom.document(), rendered.finalUrl()));
    }

    private RenderedPage renderOnce(FrontierEntry entry, String landed, Message encodingProblem)
            throws InterruptedException {
        // the host's turn first: a session waiting out a Crawl-delay would idle while other hosts' pages wait
        return fetcher.paced(landed, () -> {
            BrowserSession session = browsers.acquire();
            try {
                // the own rules judge the rendered DOM before the page is left, so their findings get screenshots too
                return session.check(landed, admission.scope(entry.org()),
                        checkPages.forPage(entry.org(), entry.depth() == 0), screenshots,
                        (dom, browserFindings, error) -> PageAudit.of(dom, browserFindings,
                                PageAudit.withProblem(error, encodingProblem), admission.scope(entry.org())::owns));
            } finally {
                browsers.release(session);
            }
        });
    }
}
