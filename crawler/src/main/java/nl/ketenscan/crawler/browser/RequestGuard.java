package nl.ketenscan.crawler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.HostAddresses;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.AddInterceptParameters;
import org.openqa.selenium.bidi.network.BeforeRequestSent;
import org.openqa.selenium.bidi.network.BytesValue;
import org.openqa.selenium.bidi.network.ContinueRequestParameters;
import org.openqa.selenium.bidi.network.Header;
import org.openqa.selenium.bidi.network.InterceptPhase;
import org.openqa.selenium.bidi.network.RequestData;

/**
 * Holds every request the browser makes, through WebDriver BiDi network interception, until
 * {@link BrowserScope} has judged it: a request it refuses fails before any connection is made, one it
 * allows goes on with the headers of {@link Credentials#browserHeadersFor} its URL. Each request costs
 * one round trip between ketenscan and the browser.
 *
 * <p>Every request is held, not only those that look risky: a host name may resolve to a metadata
 * address, and BiDi can hold requests by URL pattern only, never by where a name resolves or by what
 * kind of request it is.
 *
 * <p>A refused navigation of the page's own window is remembered for the page being checked
 * ({@link #blockedNavigation}); the window then shows Chromium's error page, never the other site.
 *
 * <p>chromedriver handles BiDi commands only between classic ones: a classic navigation that waits for
 * a held request would wait for ever. So pages are opened by {@link BiDiNavigation}.
 */
final class RequestGuard implements AutoCloseable {

    private final Network network;
    private final Credentials credentials;
    private final HostAddresses addresses;
    private final String window;
    private final Runnable onWindowBlocked;
    private final Queue<Message> blocked = new ConcurrentLinkedQueue<>();
    private volatile Scope scope = Scope.nothing();
    private volatile boolean loggingIn;
    /**
     * Events arrive on Selenium's BiDi connection thread, which must stay free to read the answers to
     * the commands that let requests go on; the judging, which may wait for DNS, runs here.
     */
    private final ExecutorService judging;

    private RequestGuard(Network network, Credentials credentials, HostAddresses addresses, String window,
                         Runnable onWindowBlocked) {
        this.network = network;
        this.credentials = credentials;
        this.addresses = addresses;
        this.window = window;
        this.onWindowBlocked = onWindowBlocked;
        this.judging = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-request-guard");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param driver          a driver whose session was started with BiDi ({@code webSocketUrl})
     * @param onWindowBlocked told when a navigation of the page's window was refused, so that a wait for
     *                        that window to load can end
     * @throws IllegalArgumentException when the session has no BiDi connection
     */
    static RequestGuard start(WebDriver driver, Credentials credentials, HostAddresses addresses,
                              Runnable onWindowBlocked) {
        RequestGuard guard = new RequestGuard(new Network(driver), credentials, addresses, driver.getWindowHandle(),
                onWindowBlocked);
        guard.network.onBeforeRequestSent(guard::onRequest);
        guard.network.addIntercept(new AddInterceptParameters(InterceptPhase.BEFORE_REQUEST_SENT));
        return guard;
    }

    /** The next page belongs to {@code scope}; what the page before it had refused is forgotten. */
    void enter(Scope pageScope) {
        loggingIn = false;
        scope = pageScope;
        blocked.clear();
    }

    /**
     * The window logs in within {@code pageScope}: as {@link #enter}, and the login form may be sent (a
     * POST inside the scope), which a page being checked never may.
     */
    void enterToLogIn(Scope pageScope) {
        enter(pageScope);
        loggingIn = true;
    }

    /** What the page's window was refused since {@link #enter}, the first refusal, as the page's note. */
    Optional<Message> blockedNavigation() {
        return Optional.ofNullable(blocked.peek());
    }

    /**
     * Stops judging; the BiDi connection itself ends with the driver, which makes a command still under
     * way fail at once, and the browser's held requests end with it.
     */
    @Override
    public void close() {
        judging.shutdown();
    }

    private void onRequest(BeforeRequestSent event) {
        if (!event.isBlocked()) {
            return;
        }
        Scope pageScope = scope;
        boolean logIn = loggingIn;
        try {
            judging.execute(() -> decide(event, pageScope, logIn));
        } catch (RejectedExecutionException closing) {
            // the browser is being ended; its held requests end with it
        }
    }

    private void decide(BeforeRequestSent event, Scope pageScope, boolean logIn) {
        RequestData request = event.getRequest();
        String destination = request.getDestination();
        boolean navigation = event.getNavigationId() != null;
        boolean topLevel = navigation && (destination == null || destination.isEmpty() || destination.equals("document"));
        BrowserScope.Verdict verdict = BrowserScope.judge(
                new BrowserScope.Request(request.getUrl(), request.getMethod(), navigation, topLevel), pageScope, addresses,
                logIn);
        boolean windowRefused = !verdict.allowed() && topLevel && window.equals(event.getBrowsingContextId());
        if (windowRefused) {
            // noted before the window hears of it, so the page's check finds the note
            blocked.offer(verdict.note());
        }
        try {
            if (verdict.allowed()) {
                network.continueRequest(withHeaders(request));
            } else {
                network.failRequest(request.getRequestId());
            }
        } catch (WebDriverException requestGone) {
            // the page was left or the browser ended before the request could go on: nothing waits for it
        }
        if (windowRefused) {
            onWindowBlocked.run();
        }
    }

    private ContinueRequestParameters withHeaders(RequestData request) {
        ContinueRequestParameters next = new ContinueRequestParameters(request.getRequestId());
        List<Credentials.Header> given = credentials.browserHeadersFor(request.getUrl());
        if (!given.isEmpty()) {
            next.headers(withGiven(request.getHeaders(), given));
        }
        return next;
    }

    /**
     * The request's headers with the given ones in place of any of the same name. A given Cookie header
     * (cookies given for a port) takes the place of the cookies the browser's jar would add, which the
     * held request does not show yet: the site's own cookies for that port are then not sent.
     */
    private static List<Header> withGiven(List<Header> requestHeaders, List<Credentials.Header> given) {
        Set<String> givenNames = given.stream()
                .map(header -> header.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Header> headers = new ArrayList<>();
        for (Header header : requestHeaders) {
            if (!givenNames.contains(header.getName().toLowerCase(Locale.ROOT))) {
                headers.add(header);
            }
        }
        for (Credentials.Header header : given) {
            headers.add(new Header(header.name(), new BytesValue(BytesValue.Type.STRING, header.value())));
        }
        return headers;
    }
}
