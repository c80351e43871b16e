package nl.ketenscan.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.crawler.crawl.RobotsPolicy;
import nl.ketenscan.crawler.crawl.Sitemaps;
import nl.ketenscan.crawler.documents.DocumentPool;
import nl.ketenscan.crawler.browser.GatherScope;
import nl.ketenscan.crawler.login.LoginSessions;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.StopReason;

/**
 * Runs one scan: takes URLs from the frontier, fetches them, has a browser session check the HTML
 * pages, and stores each result together with the links it found, one transaction per page.
 *
 * <p>The store is the source of truth, so a scan that was stopped or killed continues from what
 * the store holds. One worker thread per browser session; this class owns those threads, seeds the
 * frontier, and stores what each {@link PageVisitor} visit gives. {@link Admission} decides which
 * links enter the frontier.
 *
 * <p>Without a browser ({@link #withoutBrowser}) the engine checks the fetched HTML with ketenscan's
 * own rules only, for quick content checks; axe-core does not run, and a scan note says so.
 *
 * <p>The crawl is bounded and polite: {@link nl.ketenscan.crawler.crawl.UrlTraps} keeps calendars and
 * endless queries out of the frontier, the fetcher's {@link nl.ketenscan.crawler.crawl.HostPoliteness}
 * spaces the requests to each host (longer when robots.txt asks for a Crawl-delay), the browser's page
 * loads included, and a {@link nl.ketenscan.crawler.crawl.HostBreaker} gives up a host that keeps
 * failing. Each of these tells the report in a scan note.
 */
public final class ScanEngine {

    /** Fetching and parsing keep this many workers busy on a laptop; politeness limits each host anyway. */
    static final int STATIC_WORKERS = 4;

    private final ScanStore store;
    private final Fetcher fetcher;
    private final BrowserPool browsers;
    private final Limits limits;
    private final ScanListener listener;
    private final List<Organisation> organisations;
    private final ScanNotes notes;
    private final Admission admission;
    private final PageVisitor visitor;
    private final AtomicIntegerArray pagesDone;
    private final Frontier frontier;
    private final LoginSessions logins;
    private final AtomicReference<RuntimeException> documentFailure = new AtomicReference<>();

    /** An engine whose pages are checked in the browser sessions of {@code browsers}, hash routes found as {@link HashRoutes#AUTO}. */
    public ScanEngine(ScanStore store, Fetcher fetcher, BrowserPool browsers, Limits limits, ScanListener listener) {
        this(store, fetcher, browsers, limits, listener, HashRoutes.AUTO);
    }

    /** @param hashRoutes which fragments of the rendered pages' links are pages of their own ({@code --hash-routes}) */
    public ScanEngine(ScanStore store, Fetcher fetcher, BrowserPool browsers, Limits limits, ScanListener listener,
                      HashRoutes hashRoutes) {
        this(store, fetcher, browsers, limits, listener, hashRoutes, LoginSessions.none());
    }

    /**
     * @param logins the organisations' login sessions, logged in already ({@link LoginSessions#logInAll}),
     *               whose cookies the fetcher's and browsers' credentials carry: a page that lands on a
     *               login page has its session renewed once, and the login pages and the organisations'
     *               excluded (logout) addresses are never requested
     */
    public ScanEngine(ScanStore store, Fetcher fetcher, BrowserPool browsers, Limits limits, ScanListener listener,
                      HashRoutes hashRoutes, LoginSessions logins) {
        this.logins = logins;
        this.store = store;
        this.fetcher = fetcher;
        this.browsers = browsers;
        this.limits = limits;
        this.listener = listener;
        this.organisations = store.organisations();
        this.notes = new ScanNotes(store, listener, organisations);
        this.admission = new Admission(organisations, fetcher, notes, logins);
        this.visitor = new PageVisitor(fetcher, browsers, limits, admission, notes, new PageClaims(
                IntStream.range(0, organisations.size()).mapToObj(store::pageUrls).toList()),
                new BrowserCheckPages(browsers == null ? GatherScope.NONE : browsers.gatherScope(),
                        org -> Math.min(limits.maxPages(), store.pagesDone(org) + store.queued(org))), hashRoutes, logins,
                browsers == null ? null : new ScreenshotBudget(store, notes));
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
            notes.note(ScanStore.WHOLE_SCAN, Message.of("note.static-mode"));
        }
        restoreOrSeed();
        int workerCount = browsers == null ? STATIC_WORKERS : limits.browsersFor(organisations.size());
        ExecutorService workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-worker");
            thread.setDaemon(true);
            return thread;
        });
        try (DocumentPool documents = new DocumentPool(DocumentPool.defaultThreads(), limits.pageBudget(),
                limits.maxDocumentBytes())) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workerCount; i++) {
                running.add(workers.submit(() -> {
                    work(documents);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    frontier.stop();
                    throw new IllegalStateException("a scan worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
        IntStream.range(0, organisations.size())
                .forEach(org -> logins.summary(org).ifPresent(summary -> notes.note(org, summary)));
        if (documentFailure.get() != null) {
            throw new IllegalStateException("storing a document failed: " + documentFailure.get(),
                    documentFailure.get());
        }
        Map<Integer, StopReason> stopReasons = frontier.stopReasons();
        store.finish(Instant.now(), stopReasons);
        return stopReasons.isEmpty();
    }

    /** Asks the workers to finish the page they are on and end; what is stored stays. */
    public void stop() {
        frontier.stop();
    }

    /**
     * Restores what the store holds and seeds each organisation it holds nothing of yet: a scan killed
     * while seeding (reading a later organisation's sitemap, say) seeds the rest when resumed.
     */
    private void restoreOrSeed() {
        for (int org = 0; org < organisations.size(); org++) {
            int done = store.pagesDone(org);
            frontier.alreadyDone(org, done);
            pagesDone.set(org, done);
        }
        admission.rememberQueued(store);
        for (int org = 0; org < organisations.size(); org++) {
            if (store.known(org) > 0) {
                continue;
            }
            List<FrontierEntry> start = new ArrayList<>();
            for (String seed : organisations.get(org).seeds()) {
                admission.admissible(org, seed, 0).ifPresent(start::add);
            }
            // sitemap URLs are a link away from the seeds: with --max-depth 0 they are not even read
            List<String> fromSitemaps = limits.maxDepth() > 0 ? sitemapUrls(org) : List.of();
            for (String url : fromSitemaps) {
                admission.admissible(org, url, 1).ifPresent(start::add);
            }
            store.enqueueAll(start);
        }
    }

    private List<String> sitemapUrls(int org) {
        List<String> found = new ArrayList<>();
        for (String seed : organisations.get(org).seeds()) {
            RobotsPolicy policy = admission.robotsFor(org, seed);
            List<String> sitemaps = policy.sitemaps().isEmpty()
                    ? List.of(Admission.origin(seed) + "/sitemap.xml")
                    : policy.sitemaps();
            found.addAll(Sitemaps.urls(fetcher, sitemaps, admission.scope(org), limits.maxPages()));
        }
        return found;
    }

    private void work(DocumentPool documents) throws InterruptedException {
        while (true) {
            Optional<FrontierEntry> next = frontier.take();
            if (next.isEmpty()) {
                return;
            }
            boolean handedOver = false;
            try {
                FrontierEntry entry = next.get();
                Optional<PageVisitor.Visit> visit = visitor.visit(entry);
                if (visit.isPresent() && visit.get().isAlias()) {
                    store.completeAlias(entry, visit.get().aliasOf());
                    frontier.notAPage(entry.org());
                } else if (visit.isPresent() && visit.get().isDocument()) {
                    PageVisitor.FetchedDocument document = visit.get().document();
                    // the entry stays in flight until its document is stored, so the frontier waits for it
                    documents.submit(document.url(), document.fetched(), page -> completeDocument(entry, page));
                    handedOver = true;
                } else if (visit.isPresent()) {
                    complete(entry, visit.get().page(), visit.get().discovered(), visit.get().linksTo());
                }
            } finally {
                if (!handedOver) {
                    frontier.finished();
                }
            }
        }
    }

    /** Runs on a document thread; a failure to store stops the scan, as a worker's would. */
    private void completeDocument(FrontierEntry entry, PageResult page) {
        try {
            complete(entry, page, List.of(), List.of());
        } catch (RuntimeException e) {
            documentFailure.compareAndSet(null, e);
            frontier.stop();
        } finally {
            frontier.finished();
        }
    }

    private void complete(FrontierEntry entry, PageResult page, List<FrontierEntry> discovered, List<String> linksTo) {
        store.complete(entry, page, discovered, linksTo);
        listener.pageDone(organisations.get(entry.org()).name(), entry.url(),
                page.hasFailures() || page.error() != null, pagesDone.incrementAndGet(entry.org()),
                store.queued(entry.org()));
    }
}
