package nl.ketenscan.crawler.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

import nl.ketenscan.rules.exemption.DocumentKind;

/**
 * Fetches URLs over HTTP for the crawl, within an organisation's {@link Scope}.
 *
 * <p>Redirects are followed here, not by the HTTP client, so that every hop is checked against the
 * scope before it is requested: a redirect that leaves the scope ends the fetch with an error and the
 * target is never contacted. At most {@value #MAX_REDIRECTS} redirects are followed; a loop is
 * reported as such.
 *
 * <p>Every request is bounded: the timeout covers one request from connecting to the last byte of
 * its body, and at most {@code maxBytes} of a body are read (the rest is dropped and the result marked
 * truncated). Network problems never throw; they come back as a {@link FetchResult} with status 0 and
 * an error that says what happened and what to check.
 *
 * <p>Every request waits for its place under the {@link HostPoliteness} of the scan. A 429 or 503 is
 * asked again at most {@value #MAX_RETRIES} times, after the Retry-After the server gave (or 1 s, then
 * 2 s), during which the whole host is left alone; a server asking for more than
 * {@value #MAX_RETRY_AFTER_SECONDS} s keeps its answer.
 *
 * <p>Before connecting, the host name is resolved and the request refused when an address is a
 * cloud-metadata or link-local one (see {@link Scope#refusedHost}); the JDK caches that DNS answer
 * (30 s by default), so the client connects to the address that was checked. {@link Credentials}
 * go only to their own host.
 *
 * <p>One instance is meant to be shared by all worker threads.
 */
public final class Fetcher {

    static final int MAX_REDIRECTS = 10;
    static final int MAX_RETRIES = 2;
    static final long MAX_RETRY_AFTER_SECONDS = 60;
    private static final Set<Integer> BACK_OFF_STATUSES = Set.of(429, 503);
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final int maxDocumentBytes;
    private final String userAgent;
    private final HostPoliteness politeness;
    private final Credentials credentials;
    /** The answers to robots.txt requests, by URL: see {@link #robotsTxt}. */
    private final Map<String, FetchResult> robotsAnswers = new ConcurrentHashMap<>();

    /** A fetcher without politeness limits or credentials, for tools and tests on their own servers. */
    public Fetcher(Duration timeout, long maxBytes, String userAgent) {
        this(timeout, maxBytes, userAgent, HostPoliteness.unlimited(), Credentials.none());
    }

    /**
     * @param timeout     the longest one request may take, connecting and reading the body included
     * @param maxBytes    the most body bytes read per request, at most {@link Integer#MAX_VALUE} - 8
     * @param userAgent   the User-Agent header, naming ketenscan so site owners can recognise the scan
     * @param politeness  how hard each host may be asked, shared by all requests of the scan
     * @param credentials headers and cookies for pages behind a login, each sent to its own host only
     */
    public Fetcher(Duration timeout, long maxBytes, String userAgent, HostPoliteness politeness,
                   Credentials credentials) {
        this(timeout, maxBytes, maxBytes, userAgent, politeness, credentials);
    }

    /**
     * A fetcher that reads up to {@code maxDocumentBytes} of a document (a Content-Type the Besluit
     * calls an office file: PDF, Word, Excel, PowerPoint, OpenDocument) and {@code maxBytes} of
     * anything else.
     */
    public Fetcher(Duration timeout, long maxBytes, long maxDocumentBytes, String userAgent, HostPoliteness politeness,
                   Credentials credentials) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the fetch timeout must be positive, got " + timeout);
        }
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the body size limit must be between 1 byte and 2 GB, got " + maxBytes);
        }
        if (Objects.requireNonNull(userAgent, "userAgent").isBlank()) {
            throw new IllegalArgumentException("the User-Agent must not be blank");
        }
        this.timeout = timeout;
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the document size limit must be between 1 byte and 2 GB, got "
                    + maxDocumentBytes);
        }
        this.maxBytes = (int) maxBytes;
        this.maxDocumentBytes = (int) maxDocumentBytes;
        this.userAgent = userAgent;
        this.politeness = Objects.requireNonNull(politeness, "politeness");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * The robots.txt at {@code robotsUrl}, within its own origin, asked for once while it answers: the seed
     * check asks while the browsers start, and the scan's admission takes that answer instead of asking again
     * on its first page's path. A request that got no answer is made again when asked for again.
     */
    public FetchResult robotsTxt(String robotsUrl) {
        FetchResult known = robotsAnswers.get(robotsUrl);
        if (known != null) {
            return known;
        }
        FetchResult fetched = fetch(robotsUrl, Scope.origin(robotsUrl));
        if (fetched.status() != 0) {
            robotsAnswers.putIfAbsent(robotsUrl, fetched);
        }
        return fetched;
    }

    /**
     * Fetches {@code url}, following redirects while they stay in {@code scope}. A URL outside the
     * scope is not requested at all.
     */
    public FetchResult fetch(String url, Scope scope) {
        return fetch(url, scope, target -> true);
    }

    /**
     * Like {@link #fetch(String, Scope)}, and a redirect is followed only to a URL that
     * {@code robotsAllows}: a redirect must not lead the crawl into a path robots.txt forbids. The URL
     * asked for itself is not checked; the caller chose it under the same rules.
     */
    public FetchResult fetch(String url, Scope scope, Predicate<String> robotsAllows) {
        Optional<String> start = UrlNormalizer.normalise(url);
        if (start.isEmpty()) {
            return FetchResult.failed(url, url, 0, "'" + url + "' is not an http(s) address");
        }
        if (!scope.allows(start.get())) {
            return FetchResult.failed(url, start.get(), 0,
                    start.get() + " is outside the organisation's scope (" + scope.describe() + ")");
        }
        List<String> chain = new ArrayList<>(List.of(start.get()));
        String current = start.get();
        while (true) {
            Answer answer = requestPolitely(current, scope);
            if (answer.error() != null) {
                return FetchResult.failed(url, current, 0, answer.error());
            }
            HttpResponse<CappedBody.Bytes> response = answer.response();
            Optional<String> location = REDIRECT_STATUSES.contains(response.statusCode())
                    ? response.headers().firstValue("Location")
                    : Optional.empty();
            if (location.isEmpty()) {
                CappedBody.Bytes body = response.body();
                return new FetchResult(url, current, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        body.data(), body.truncated(), null);
            }
            int status = response.statusCode();
            Optional<String> target = UrlNormalizer.normalise(location.get(), current);
            if (target.isEmpty()) {
                return FetchResult.failed(url, current, status,
                        "redirect to something that is not an http(s) address: " + location.get());
            }
            if (!scope.allows(target.get())) {
                return FetchResult.failed(url, current, status,
                        "redirect leaves the organisation's scope: " + target.get());
            }
            if (!robotsAllows.test(target.get())) {
                return FetchResult.failed(url, current, status,
                        "redirect to " + target.get() + ", which robots.txt forbids ketenscan to fetch");
            }
            if (chain.contains(target.get())) {
                return FetchResult.failed(url, current, status,
                        "redirect loop: " + String.join(" -> ", chain) + " -> " + target.get());
            }
            if (chain.size() > MAX_REDIRECTS) {
                return FetchResult.failed(url, current, status,
                        "more than " + MAX_REDIRECTS + " redirects, starting at " + start.get());
            }
            chain.add(target.get());
            current = target.get();
        }
    }

    /**
     * Runs a request that ketenscan makes another way, the browser loading a page, under the limits of
     * the fetcher's own requests to that host: it takes one of the host's places for as long as it runs
     * and waits for the host's next start, so a Crawl-delay or Retry-After spaces the browser's visits
     * too, and the host never gets the fetcher's and the browser's request of a page back to back.
     */
    public <T> T paced(String url, Request<T> request) throws InterruptedException {
        try (HostPoliteness.Permit permit = politeness.enter(url)) {
            return request.make();
        }
    }

    /** A request made another way than by the fetcher, which may wait its turn for what it needs. */
    @FunctionalInterface
    public interface Request<T> {
        T make() throws InterruptedException;
    }

    /** Spaces this host's requests at least {@code delay} apart from now on (robots.txt Crawl-delay). */
    public void honourCrawlDelay(String url, Duration delay) {
        politeness.honourCrawlDelay(url, delay);
    }

    /** One response, or why there is none. */
    private record Answer(HttpResponse<CappedBody.Bytes> response, String error) {
    }

    /** One request under the host's politeness, asked again while the server says to come back soon. */
    private Answer requestPolitely(String url, Scope scope) {
        Optional<String> refused = refusedAddress(url, scope);
        if (refused.isPresent()) {
            return new Answer(null, refused.get());
        }
        for (int attempt = 0; ; attempt++) {
            Answer answer;
            try (HostPoliteness.Permit permit = politeness.enter(url)) {
                answer = request(url);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(null, interrupted(url));
            }
            if (answer.error() != null || !BACK_OFF_STATUSES.contains(answer.response().statusCode())) {
                return answer;
            }
            Optional<Duration> wait = RetryAfter.parse(answer.response().headers().firstValue("Retry-After"),
                    attempt);
            boolean retry = attempt < MAX_RETRIES && wait.isPresent()
                    && wait.get().getSeconds() <= MAX_RETRY_AFTER_SECONDS;
            // a longer wait leaves the host alone for the longest wait ketenscan retries after, not for hours
            Duration cap = Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS);
            wait.ifPresent(w -> politeness.backOff(url, w.compareTo(cap) > 0 ? cap : w));
            if (!retry) {
                return answer;
            }
        }
    }

    /** Why the URL's host must not be contacted, when it is or DNS points it at a metadata address. */
    private static Optional<String> refusedAddress(String url, Scope scope) {
        return scope.refusedHost(url, HostAddresses.DNS).map(refusal -> refusal
                + "; remove the host from the configuration or make it a seed if you mean it");
    }

    private Answer request(String url) {
        URI uri = URI.create(url);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                // No h2c upgrade on plain http: some servers and firewalls mishandle it.
                .version(uri.getScheme().equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .GET();
        credentials.headersFor(url).forEach(header -> builder.header(header.name(), header.value()));
        HttpRequest request = builder.build();
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<CappedBody.Bytes>> pending = client.sendAsync(request, info -> {
            CappedBody capped = new CappedBody(DocumentKind.of(info.headers().firstValue("Content-Type").orElse(null))
                    .isPresent() ? maxDocumentBytes : maxBytes);
            body.set(capped);
            return capped;
        });
        try {
            return new Answer(pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            stop(pending, body.get());
            return new Answer(null, noAnswerInTime(url));
        } catch (ExecutionException e) {
            return new Answer(null, describe(e.getCause(), url));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(pending, body.get());
            return new Answer(null, interrupted(url));
        }
    }

    private static String interrupted(String url) {
        return "the request for " + url + " was interrupted because the scan is stopping";
    }

    private static void stop(CompletableFuture<?> pending, CappedBody body) {
        pending.cancel(true);
        if (body != null) {
            body.abort();
        }
    }

    private String describe(Throwable failure, String url) {
        String host = Origin.of(url).map(Origin::hostAndPort).orElse(url);
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect to " + host + " within " + readable(timeout)
                    + "; is the site up and reachable from this machine?";
        }
        if (failure instanceof HttpTimeoutException) {
            return noAnswerInTime(url);
        }
        if (hasCause(failure, UnresolvedAddressException.class) || hasCause(failure, UnknownHostException.class)) {
            return "the host name " + host + " was not found; check its spelling in the configuration";
        }
        if (failure instanceof ConnectException) {
            return "could not connect to " + host + " (" + rootMessage(failure)
                    + "); is the site up and the address right?";
        }
        if (hasCause(failure, SSLException.class)) {
            return "the secure connection to " + host + " failed (" + rootMessage(failure)
                    + "); the site's certificate or TLS set-up is at fault";
        }
        if (failure instanceof IOException) {
            return "network error talking to " + host + ": " + rootMessage(failure);
        }
        return "the request for " + url + " failed: " + rootMessage(failure);
    }

    private String noAnswerInTime(String url) {
        return "no complete answer from " + url + " within " + readable(timeout)
                + "; the server is slow or stalled (raise the timeout if this site is always this slow)";
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which is where the JDK puts words like "Connection refused". */
    private static String rootMessage(Throwable failure) {
        String message = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static String readable(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
