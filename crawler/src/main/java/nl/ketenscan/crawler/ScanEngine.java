package nl.ketenscan.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSession;
import nl.ketenscan.crawler.browser.RenderedPage;
import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.LinkExtractor;
import nl.ketenscan.crawler.crawl.RobotsPolicy;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.Sitemaps;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.exemption.DocumentDates;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.ThirdPartyContent;
import nl.ketenscan.rules.plaintext.PlainLanguageAudit;

/**
 * Runs one scan: takes URLs from the frontier, fetches them, has a browser session check the HTML
 * pages, and stores each result together with the links it found, one transaction per page.
 *
 * <p>The store is the source of truth, so a scan that was stopped or killed continues from what
 * the store holds. One worker thread per browser session; this class owns those threads.
 */
public final class ScanEngine {

    private static final String AGENT_NAME = "ketenscan";
    private static final PlainLanguageAudit PLAIN_LANGUAGE = new PlainLanguageAudit();

    private final ScanStore store;
    private final Fetcher fetcher;
    private final BrowserPool browsers;
    private final Limits limits;
    private final ScanListener listener;
    private final List<Organisation> organisations;
    private final List<Scope> scopes = new ArrayList<>();
    private final Map<String, RobotsPolicy> robots = new ConcurrentHashMap<>();
    private final Frontier frontier;

    public ScanEngine(ScanStore store, Fetcher fetcher, BrowserPool browsers, Limits limits, ScanListener listener) {
        this.store = store;
        this.fetcher = fetcher;
        this.browsers = browsers;
        this.limits = limits;
        this.listener = listener;
        this.organisations = store.organisations();
        organisations.forEach(org -> scopes.add(Scope.of(org)));
        this.frontier = new Frontier(organisations.size(), limits.maxPages());
    }

    /**
     * Scans until the frontier is empty, the page budgets are used or {@link #stop()} is called.
     *
     * @return true when every URL found was visited; false when the scan stopped early
     */
    public boolean run() throws InterruptedException {
        restoreOrSeed();
        ExecutorService workers = Executors.newFixedThreadPool(limits.browsers(), runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < limits.browsers(); i++) {
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
            frontier.alreadyDone(org, store.pagesDone(org));
            List<String> known = store.knownUrls(org);
            frontier.remember(org, known);
            resumed |= !known.isEmpty();
        }
        if (resumed) {
            frontier.add(store.pending());
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
            enqueue(start);
        }
    }

    private List<String> sitemapUrls(int org) {
        List<String> found = new ArrayList<>();
        for (String seed : organisations.get(org).seeds()) {
            RobotsPolicy policy = robotsFor(seed);
            List<String> sitemaps = policy.sitemaps().isEmpty()
                    ? List.of(origin(seed) + "/sitemap.xml")
                    : policy.sitemaps();
            found.addAll(Sitemaps.urls(fetcher, sitemaps, scopes.get(org), limits.maxPages()));
        }
        return found;
    }

    private void enqueue(List<FrontierEntry> entries) {
        List<FrontierEntry> fresh = frontier.claim(entries);
        for (FrontierEntry entry : fresh) {
            store.enqueue(entry.org(), entry.url(), entry.depth());
        }
        frontier.add(fresh);
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
        Scope scope = scopes.get(entry.org());
        FetchResult fetched = fetcher.fetch(entry.url(), scope, url -> robotsFor(url).allows(url));
        List<FrontierEntry> discovered = new ArrayList<>();
        PageResult page;
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
        } else {
            if (entry.depth() < limits.maxDepth()) {
                for (String link : LinkExtractor.links(fetched.text(), fetched.finalUrl())) {
                    admissible(entry.org(), link, entry.depth() + 1).ifPresent(discovered::add);
                }
            }
            page = render(entry, fetched);
        }
        if (!page.finalUrl().equals(entry.url())) {
            frontier.remember(entry.org(), List.of(page.finalUrl()));
        }
        List<FrontierEntry> fresh = frontier.claim(discovered);
        store.complete(entry, page, fresh);
        frontier.add(fresh);
        listener.pageDone(organisations.get(entry.org()).name(), entry.url(), page.hasFailures() || page.error() != null,
                store.pagesDone(entry.org()), store.queued(entry.org()));
    }

    private PageResult render(FrontierEntry entry, FetchResult fetched) throws InterruptedException {
        RenderedPage rendered;
        BrowserSession session = browsers.acquire();
        try {
            rendered = session.check(fetched.finalUrl());
        } finally {
            browsers.release(session);
        }
        List<Finding> findings = new ArrayList<>(rendered.findings());
        String error = rendered.error();
        Set<PageFeature> features = null;
        PlainLanguage plainLanguage = null;
        PageFacts facts = PageFacts.NONE;
        if (rendered.html() != null) {
            PageContent content = PageContent.parse(rendered.finalUrl(), rendered.html());
            Predicate<String> owned = scopes.get(entry.org())::owns;
            features = PageFeature.presentOn(content, element -> ThirdPartyContent.isThirdParty(element, owned));
            try {
                findings.addAll(OwnRules.check(content));
            } catch (OwnRules.RuleFailure e) {
                error = withProblem(error, e.getMessage());
            }
            try {
                plainLanguage = PLAIN_LANGUAGE.analyse(content).orElse(null);
            } catch (RuntimeException e) {
                error = withProblem(error, "ketenscan's plain-language audit failed on this page: " + e);
            }
            try {
                ThirdPartyContent thirdParty = ThirdPartyContent.of(content, findings, owned);
                findings = new ArrayList<>(thirdParty.countedFindings());
                facts = PageFacts.of(content, thirdParty.embeds());
            } catch (RuntimeException e) {
                error = withProblem(error,
                        "ketenscan could not note this page's statement, exemption and sample facts: " + e);
            }
        }
        return new PageResult(entry.url(), rendered.finalUrl(), fetched.status(), fetched.contentType(),
                rendered.title(), rendered.lang(), error, findings, plainLanguage,
                rendered.loadMillis(), rendered.checkMillis(), features, facts);
    }

    /** A page's error with one more problem: each check that failed on it is named. */
    private static String withProblem(String error, String problem) {
        return error == null ? problem : error + "; " + problem;
    }

    /** An office file's creation date, which decides whether the Besluit exempts it. */
    private static PageFacts documentFacts(FetchResult fetched) {
        if (DocumentKind.of(fetched.contentType()).isEmpty()) {
            return PageFacts.NONE;
        }
        return PageFacts.ofDocument(DocumentDates.created(fetched.contentType(), fetched.body()).orElse(null));
    }

    /** The entry for a URL when it is in the organisation's scope and robots.txt allows it. */
    private Optional<FrontierEntry> admissible(int org, String url, int depth) {
        Optional<String> normalised = UrlNormalizer.normalise(url);
        if (normalised.isEmpty() || !scopes.get(org).allows(normalised.get())) {
            return Optional.empty();
        }
        if (!robotsFor(normalised.get()).allows(normalised.get())) {
            if (depth == 0) {
                listener.note(organisations.get(org).name(), "robots.txt forbids the seed " + url + "; it is not scanned");
            }
            return Optional.empty();
        }
        return Optional.of(new FrontierEntry(org, normalised.get(), depth));
    }

    private RobotsPolicy robotsFor(String url) {
        return robots.computeIfAbsent(origin(url), origin -> RobotsPolicy.load(fetcher, origin, AGENT_NAME));
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
