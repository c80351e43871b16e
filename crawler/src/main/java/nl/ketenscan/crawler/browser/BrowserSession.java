package nl.ketenscan.crawler.browser;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriverException;

/**
 * One browser that checks pages one after another. Not thread-safe: one thread uses a session at a
 * time, which {@link BrowserPool} arranges.
 *
 * <p>A page's problems never escape {@link #check}: a page that does not load, loads too slowly, opens
 * dialogs or popups, or breaks axe comes back as a {@link RenderedPage} with an error. When the browser
 * itself crashes or hangs, the session starts a fresh browser and tries the page once more.
 */
public final class BrowserSession implements AutoCloseable {

    private final BrowserSettings settings;
    private final Credentials credentials;
    private final PageCheck pageCheck;
    private final AxeRunner axe;
    private ChromiumInstance browser;

    /**
     * Reading axe-core and building the page's checks is the JVM's work, starting Chromium is mostly the
     * browser's, so they happen side by side: Chromium is asked for first, and a small scan's first page
     * does not wait for both one after the other.
     */
    private BrowserSession(BrowserSettings settings, Credentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        CompletableFuture<AxeRunner> axeRead = CompletableFuture.supplyAsync(
                () -> new AxeRunner(AxeScript.injected(), AxeRuleSelection.options(settings.standard())),
                BrowserSession::onThreadOfItsOwn);
        CompletableFuture<PageCheck> checksBuilt = axeRead.thenApply(read -> new PageCheck(read, settings.pageBudget()));
        this.browser = ChromiumInstance.launch(settings, credentials);
        try {
            this.axe = axeRead.join();
            this.pageCheck = checksBuilt.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        axe.register(browser.driver());
        registerRecorder();
    }

    private static void onThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "ketenscan-browser-checks");
        thread.setDaemon(true);
        thread.start();
    }

    /** A session for public pages. */
    public static BrowserSession start(BrowserSettings settings) {
        return start(settings, Credentials.none());
    }

    /**
     * A session whose browser sends {@code credentials} with its requests to their own hosts, so pages
     * behind a login are checked as the logged-in user sees them.
     *
     * @throws BrowserUnavailableException when no browser starts, saying what to install or fix
     */
    public static BrowserSession start(BrowserSettings settings, Credentials credentials) {
        return new BrowserSession(settings, Objects.requireNonNull(credentials, "credentials"));
    }

    /**
     * Loads {@code url}, waits at most the page budget for it, runs axe and every gatherer on it, the
     * browser kept within the scope of the page's own origin (scheme, host and port), for a page checked
     * on its own.
     *
     * @throws BrowserUnavailableException only when the browser crashed and a new one cannot be started
     */
    public RenderedPage check(String url) {
        Scope own;
        try {
            own = Scope.origin(url);
        } catch (IllegalArgumentException noWebAddress) {
            own = Scope.nothing();
        }
        return check(url, own, GatherChoice.everything());
    }

    /**
     * Loads {@code url}, waits at most the page budget for it, runs axe on it and the gatherers
     * {@code choice} picks for it. The browser keeps the fetcher's rules meanwhile: its window
     * navigates nowhere outside {@code scope}, it submits no form, and no request of the page goes to a
     * cloud-metadata or link-local address ({@link BrowserScope}).
     *
     * @throws BrowserUnavailableException only when the browser crashed and a new one cannot be started
     */
    public RenderedPage check(String url, Scope scope, GatherChoice choice) {
        return check(url, scope, choice, EvidenceChoice.none(), null);
    }

    /**
     * As {@link #check(String, Scope, GatherChoice)}, with the own page rules {@code audit} run on the
     * rendered DOM while the page is loaded, and screenshots of the findings {@code evidence} claims
     * among all of the page's.
     *
     * @param audit null to leave the own page rules to the caller (the page's {@link RenderedPage#audit()} is then null)
     */
    public RenderedPage check(String url, Scope scope, GatherChoice choice, EvidenceChoice evidence, DomAudit audit) {
        try {
            return checkOnce(url, scope, choice, evidence, audit);
        } catch (WebDriverException firstFailure) {
            restart();
            try {
                return checkOnce(url, scope, choice, evidence, audit);
            } catch (WebDriverException secondFailure) {
                restart();
                return RenderedPage.failed(url, Message.of("page-error.browser-failed",
                        WebDriverFailures.summary(secondFailure)), 0);
            }
        }
    }

    /** The page checked, and the browser replaced when a gatherer left it changed. */
    private RenderedPage checkOnce(String url, Scope scope, GatherChoice choice, EvidenceChoice evidence,
                                   DomAudit audit) {
        RenderedPage page = pageCheck.check(browser, url, scope, choice, evidence, audit);
        if (pageCheck.browserDisturbed()) {
            restart();
        }
        return page;
    }

    /** The behaviour recorder costs every page a little, so it is left out when no browser check runs. */
    private void registerRecorder() {
        if (settings.gatherScope() != GatherScope.NONE) {
            BehaviourRecorder.register(browser.driver());
        }
    }

    /** The browser's name and version as its driver reports them, e.g. {@code chrome 131.0.6778.85}, for reports to state. */
    public String browserVersion() {
        Capabilities capabilities = ((HasCapabilities) browser.driver()).getCapabilities();
        return capabilities.getBrowserName() + " " + capabilities.getBrowserVersion();
    }

    /** The version of axe-core that checks the pages, for reports to state. */
    public String axeVersion() {
        return axe.axeVersion();
    }

    @Override
    public void close() {
        browser.close();
    }

    private void restart() {
        browser.kill();
        browser = ChromiumInstance.launch(settings, credentials);
        axe.register(browser.driver());
        registerRecorder();
    }
}
