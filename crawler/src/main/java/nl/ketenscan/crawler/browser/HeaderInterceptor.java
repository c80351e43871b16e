package nl.ketenscan.crawler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
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
import org.openqa.selenium.bidi.network.UrlPattern;

/**
 * Adds the headers of {@link Credentials} to the browser's own requests, through WebDriver BiDi: only
 * requests to a host that has headers are held, each gets what
 * {@link Credentials#headersWithoutCookiesFor} gives its URL, and every other request, an image or
 * script of another host included, goes out untouched without waiting. Each held request costs a
 * round trip between ketenscan and the browser.
 *
 * <p>chromedriver handles BiDi commands only between classic ones: a classic navigation that waits for
 * a held request would wait for ever. So with headers pages are opened by {@link BiDiNavigation}.
 */
final class HeaderInterceptor implements AutoCloseable {

    private final Network network;
    private final Credentials credentials;
    /**
     * Events arrive on Selenium's BiDi connection thread, which must stay free to read the answer to
     * continueRequest; one thread continues the held requests in the order they came.
     */
    private final ExecutorService continuing;

    private HeaderInterceptor(Network network, Credentials credentials) {
        this.network = network;
        this.credentials = credentials;
        this.continuing = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-credentials");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param driver a driver whose session was started with BiDi ({@code webSocketUrl})
     * @throws IllegalArgumentException when the session has no BiDi connection
     */
    static HeaderInterceptor start(WebDriver driver, Credentials credentials) {
        HeaderInterceptor interceptor = new HeaderInterceptor(new Network(driver), credentials);
        interceptor.network.onBeforeRequestSent(interceptor::onRequest);
        List<UrlPattern> hosts = credentials.headerHosts().stream()
                .map(host -> new UrlPattern().hostname(host))
                .toList();
        interceptor.network.addIntercept(new AddInterceptParameters(InterceptPhase.BEFORE_REQUEST_SENT).urlPatterns(hosts));
        return interceptor;
    }

    /**
     * Stops taking held requests; the BiDi connection itself ends with the driver, which makes a
     * continueRequest still under way fail at once.
     */
    @Override
    public void close() {
        continuing.shutdown();
    }

    private void onRequest(BeforeRequestSent event) {
        if (!event.isBlocked()) {
            return;
        }
        RequestData request = event.getRequest();
        List<Credentials.Header> given = credentials.headersWithoutCookiesFor(request.getUrl());
        ContinueRequestParameters next = new ContinueRequestParameters(request.getRequestId());
        if (!given.isEmpty()) {
            next.headers(withGiven(request.getHeaders(), given));
        }
        try {
            continuing.execute(() -> proceed(next));
        } catch (RejectedExecutionException closing) {
            // the browser is being ended; its held requests end with it
        }
    }

    private void proceed(ContinueRequestParameters next) {
        try {
            network.continueRequest(next);
        } catch (WebDriverException requestGone) {
            // the page was left or the browser ended before the request could go on: nothing waits for it
        }
    }

    /** The request's headers with the given ones in place of any of the same name. */
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
