package nl.ketenscan.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HostBreaker;
import nl.ketenscan.crawler.crawl.HtmlBodyCheck;
import nl.ketenscan.crawler.crawl.LinkExtractor;
import nl.ketenscan.crawler.crawl.RobotsPolicy;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.Sitemaps;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.crawler.crawl.UrlTraps;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.DocumentDates;
import nl.ketenscan.rules.exemption.DocumentKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs one scan: takes URLs from the frontier, fetches them, has a browser session check the HTML
 * pages, and stores each result together with the links it found, one transaction per page.
 *
 * <p>The store is the source of truth, so a scan that was stopped or killed continues from what
 * the store holds. One worker thread per browser session; this class owns those threads.
 *
 * <p>Without a browser ({@link #withoutBrowser}) the engine checks the fetched HTML with ketenscan's
 * own rules only, for quick content checks; axe-core does not run, and a scan note says so.
 *
 * <p>The crawl is bounded and polite: {@link UrlTraps} keeps calendars and endless queries out of
 * the frontier, the fetcher's {@link nl.ketenscan.crawler.crawl.HostPoliteness} spaces the requests
 * to each host (longer when robots.txt asks for a Crawl-delay), the browser's page loads included, and a {@link HostBreaker} gives up a
 * host that keeps failing. Each of these tells the report in a scan note.
 */
public final class ScanEngine {

    private static final String AGENT_NAME = "ketenscan";
    /** Fetching and parsing keep this many workers busy on a laptop; politeness limits each host anyway. */
    static final int STATIC_WORKERS = 4;

    private final ScanStore store;
    private final Fetcher fetcher;
    private final BrowserPool browsers;
    private final Limits limits;
    private final ScanListener listener;
    private final List<Organisation> organisations;
    private final List<Scope> scopes = new ArrayList<>();
    private final Map<String, RobotsPolicy> robots = new ConcurrentHashMap<>();
    private final List<UrlTraps> traps = new ArrayList<>();
    private final HostBreaker breaker = new HostBreaker(HostBreaker.DEFAULT_THRESHOLD);
    private final AtomicIntegerArray pagesDone;
    private final Frontier frontier;

    /** An engine whose pages are checked in the browser sessions of {@code browsers}. */
    public ScanEngine(ScanStore store, Fetcher fetcher, BrowserPool browsers, Limits limits, ScanListener listener) {
        this.store = store;
        this.fetcher = fetcher;
        this.browsers = browsers;
        this.limits = limits;
        this.listener = listener;
        this.organisations = store.organisations();
        organisations.forEach(org -> scopes.add(Scope.of(org)));
        organisations.forEach(org -> traps.add(new UrlTraps()));
        this.frontier = new Frontier(store, organisations.size(), limits.maxPages());
        this.pagesDone = new AtomicIntegerArray(organisations.size());
    }

    /**
     * An engine that checks the fetched HTML with ketenscan's own rules and runs no browser: a quick
     * content check ({@code --no-browser}), with {@value #STATIC_WORKERS} workers.
     */
    public static ScanEngine withoutBrowser(ScanStore store, Fetcher fetcher, Limits limits, ScanListener listener) {
        return new ScanEngine(store, fetcher, null, limits, listener);
    }

    /**
     * Scans until the frontier is empty, the page budgets are used or {@link #stop()} is called.
     *
     * @return true when every URL found was visited; false when the scan stopped early
     */
    public boolean run() throws InterruptedException {
        if (browsers == null) {
            note(ScanStore.WHOLE_SCAN, "static mode (--no-browser): pages were checked on their HTML as served, with"
                    + " ketenscan's own rules only; axe-core did not run, so most automated WCAG checks are missing"
                    + " and the criteria read \"no automated failures\" far too often");
        }
        restoreOrSeed();
        int workerCount = browsers == null ? STATIC_WORKERS : limits.browsers();
        ExecutorService workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                running.add(workers.submit(() -> {
                    work();
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    frontier.stop();
                    throw new IllegalStateException("a scan worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
        boolean complete = !frontier.leftWork();
        store.finish(Instant.now(), complete);
        return complete;
    }

    /** Asks the workers to finish the page they are on and end; what is stored stays. */
    public void stop() {
        frontier.stop();
    }

    private void restoreOrSeed() {
        boolean resumed = false;
        for (int org = 0; org < organisations.size(); org++) {
            int done = store.pagesDone(org);
            frontier.alreadyDone(org, done);
            pagesDone.set(org, done);
            resumed |= store.known(org) > 0;
        }
        if (resumed) {
            rememberQueued();
            return;
        }
        for (int org = 0; org < organisations.size(); org++) {
            List<FrontierEntry> start = new ArrayList<>();
            for (String seed : organisations.get(org).seeds()) {
                admissible(org, seed, 0).ifPresent(start::add);
            }
            for (String url : sitemapUrls(org)) {
                admissible(org, url, 1).ifPresent(start::add);
            }
            store.enqueueAll(start);
        }
    }

    /**
     * Replays what a stopped scan had queued into the trap counts, in the order it was queued, so that a
     * resumed scan follows a calendar or a query page no further than an uninterrupted one. Seeds were
     * never counted, so they are not replayed.
     */
    private void rememberQueued() {
        for (int org = 0; org < organisations.size(); org++) {
            UrlTraps orgTraps = traps.get(org);
            store.forEachQueued(org, entry -> {
                if (entry.depth() > 0) {
                    orgTraps.check(entry.url());
                }
            });
        }
    }

    private List<String> sitemapUrls(int org) {
        List<String> found = new ArrayList<>();
        for (String seed : organisations.get(org).seeds()) {
            RobotsPolicy policy = robotsFor(org, seed);
            List<String> sitemaps = policy.sitemaps().isEmpty()
                    ? List.of(origin(seed) + "/sitemap.xml")
                    : policy.sitemaps();
            found.addAll(Sitemaps.urls(fetcher, sitemaps, scopes.get(org), limits.maxPages()));
        }
        return found;
    }

    private void work() throws InterruptedException {
        while (true) {
            Optional<FrontierEntry> next = frontier.take();
            if (next.isEmpty()) {
                return;
            }
            try {
                visit(next.get());
            } finally {
                frontier.finished();
            }
        }
    }

    private void visit(FrontierEntry entry) throws InterruptedException {
        if (breaker.stopped(entry.url())) {
            return; // stays pending in the store, so the scan is incomplete and --resume tries it again
        }
        Scope scope = scopes.get(entry.org());
        FetchResult fetched = fetcher.fetch(entry.url(), scope, url -> robotsFor(entry.org(), url).allows(url));
        breaker.record(entry.url(), fetched).ifPresent(message -> note(entry.org(), message));
        List<FrontierEntry> discovered = new ArrayList<>();
        PageResult page;
        Optional<String> binary = Optional.empty();
        if (fetched.error() != null) {
            page = PageResult.failed(entry.url(), fetched.status(), fetched.contentType(), fetched.error());
        } else if (fetched.status() >= 400) {
            page = PageResult.failed(entry.url(), fetched.status(), fetched.contentType(),
                    "the server answered HTTP " + fetched.status());
        } else if (!fetched.isHtml()) {
            page = new PageResult(entry.url(), fetched.finalUrl(), fetched.status(), fetched.contentType(),
                    null, null, null, List.of(), null, 0, 0, null, documentFacts(fetched));
        } else if (fetched.truncated()) {
            page = PageResult.failed(entry.url(), fetched.status(), fetched.contentType(),
                    "the page is larger than the maximum page size of " + limits.maxPageBytes() + " bytes");
        } else if ((binary = HtmlBodyCheck.binary(fetched)).isPresent()) {
            page = PageResult.failed(entry.url(), fetched.status(), fetched.contentType(),
                    "the server calls this page HTML (" + fetched.contentType() + ") but sent " + binary.get()
                            + ", so it was neither rendered nor checked; the server should send its real Content-Type");
        } else {
            Document document = Jsoup.parse(fetched.text(), fetched.finalUrl());
            if (entry.depth() < limits.maxDepth()) {
                for (String link : LinkExtractor.links(document, fetched.finalUrl())) {
                    admissible(entry.org(), link, entry.depth() + 1).ifPresent(discovered::add);
                }
            }
            String encodingProblem = HtmlBodyCheck.invalidEncoding(fetched).orElse(null);
            PageContent served = new PageContent(fetched.finalUrl(), document);
            page = browsers == null
                    ? checkFetched(entry, fetched, served, encodingProblem)
                    : render(entry, fetched, served, encodingProblem);
        }
        store.complete(entry, page, discovered);
        listener.pageDone(organisations.get(entry.org()).name(), entry.url(), page.hasFailures() || page.error() != null,
                pagesDone.incrementAndGet(entry.org()), store.queued(entry.org()));
    }

    /** Static mode: the own rules on the HTML as served, no browser and no axe. */
    private PageResult checkFetched(FrontierEntry entry, FetchResult fetched, PageContent content,
                                    String encodingProblem) {
        PageAudit checked = PageAudit.of(content, List.of(), encodingProblem, scopes.get(entry.org())::owns);
        String title = content.document().title();
        String lang = content.document().selectFirst("html[lang]") == null ? null : content.declaredLang();
        return new PageResult(entry.url(), fetched.finalUrl(), fetched.status(), fetched.contentType(),
                title.isEmpty() ? null : title, lang, checked.error(), checked.findings(), checked.plainLanguage(),
                0, 0, checked.features(), checked.facts());
    }

    /**
     * The page checked in a browser. When the browser could not give its DOM (the page kept navigating,
     * never loaded, or crashed the browser twice), the own rules check the HTML as served, so the page
     * still gets what ketenscan can say about it; its error says that axe did not run.
     */
    private PageResult render(FrontierEntry entry, FetchResult fetched, PageContent served, String encodingProblem)
            throws InterruptedException {
        RenderedPage rendered;
        BrowserSession session = browsers.acquire();
        try {
            rendered = fetcher.paced(fetched.finalUrl(), () -> session.check(fetched.finalUrl()));
        } finally {
            browsers.release(session);
        }
        String error = PageAudit.withProblem(encodingProblem, rendered.error());
        if (rendered.html() == null) {
            return checkFetched(entry, fetched, served, PageAudit.withProblem(error, "axe did not run;"
                    + " ketenscan's own rules checked the HTML as served instead"));
        }
        PageAudit checked = PageAudit.of(PageContent.parse(rendered.finalUrl(), rendered.html()),
                rendered.findings(), error, scopes.get(entry.org())::owns);
        return new PageResult(entry.url(), rendered.finalUrl(), fetched.status(), fetched.contentType(),
                rendered.title(), rendered.lang(), checked.error(), checked.findings(), checked.plainLanguage(),
                rendered.loadMillis(), rendered.checkMillis(), checked.features(), checked.facts());
    }

    /** An office file's creation date, which decides whether the Besluit exempts it. */
    private static PageFacts documentFacts(FetchResult fetched) {
        if (DocumentKind.of(fetched.contentType()).isEmpty()) {
            return PageFacts.NONE;
        }
        return PageFacts.ofDocument(DocumentDates.created(fetched.contentType(), fetched.body()).orElse(null));
    }

    /**
     * The entry for a URL when it is in the organisation's scope, is no crawler trap (seeds are
     * taken as given) and robots.txt allows it.
     */
    private Optional<FrontierEntry> admissible(int org, String url, int depth) {
        Optional<String> normalised = UrlNormalizer.normalise(url);
        if (normalised.isEmpty() || !scopes.get(org).allows(normalised.get())) {
            return Optional.empty();
        }
        if (depth > 0) {
            Optional<UrlTraps.Refusal> trap = traps.get(org).check(normalised.get());
            if (trap.isPresent()) {
                if (trap.get().first()) {
                    note(org, trap.get().reason());
                }
                return Optional.empty();
            }
        }
        if (!robotsFor(org, normalised.get()).allows(normalised.get())) {
            if (depth == 0) {
                note(org, "robots.txt forbids the seed " + url + "; it is not scanned");
            }
            return Optional.empty();
        }
        return Optional.of(new FrontierEntry(org, normalised.get(), depth));
    }

    /**
     * The robots.txt rules of the URL's site, read once per scan; its Crawl-delay is honoured from
     * then on, and a robots.txt that could not be read is noted for the organisation that met it first.
     */
    private RobotsPolicy robotsFor(int org, String url) {
        return robots.computeIfAbsent(origin(url), origin -> {
            RobotsPolicy policy = RobotsPolicy.load(fetcher, origin, AGENT_NAME);
            policy.crawlDelay().ifPresent(delay -> {
                fetcher.honourCrawlDelay(origin, delay);
                note(org, origin + "/robots.txt asks for " + delay.toMillis() + " ms between requests (Crawl-delay);"
                        + " ketenscan waits at least that long, so this site takes longer to scan");
            });
            policy.warning().ifPresent(warning -> note(org, warning));
            return policy;
        });
    }

    /** Tells the user now and the report later. */
    private void note(int org, String message) {
        store.note(org, message);
        listener.note(org == ScanStore.WHOLE_SCAN ? null : organisations.get(org).name(), message);
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
