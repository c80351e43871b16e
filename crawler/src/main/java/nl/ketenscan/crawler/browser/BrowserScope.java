package nl.ketenscan.crawler.browser;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ketenscan.crawler.crawl.HostAddresses;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.rules.Message;

/**
 * The fetcher's rules for the requests of the browser, judged before each one leaves it: nothing goes
 * to a cloud-metadata or link-local host, by name, by address or by what DNS answers (a subresource
 * neither); a navigation sends nothing but GET or HEAD (no form is ever submitted); and the page's
 * window, or a popup it opens, is never navigated outside the organisation's scope, by a script, a meta
 * refresh, a form or a redirect. Frames and subresources of other hosts (a CDN, fonts, a video embed)
 * load: they are part of the page as its users see it.
 */
final class BrowserScope {

    private static final Set<String> READING = Set.of("GET", "HEAD");

    /**
     * One request the browser is about to send.
     *
     * @param navigation whether it loads a document into a window or frame (BiDi gives it a navigation)
     * @param topLevel   whether that document is a window's, not a frame's; a navigation whose kind the
     *                   browser does not say is taken for a window's, the stricter of the two
     */
    record Request(String url, String method, boolean navigation, boolean topLevel) {
    }

    /** Whether a request may go on and, when not, what the page's result says about it. */
    record Verdict(boolean allowed, Message note) {

        static final Verdict ALLOWED = new Verdict(true, null);
    }

    private BrowserScope() {
    }

    /**
     * @param scope the organisation of the page being checked; {@link Scope#nothing()} between pages
     */
    static Verdict judge(Request request, Scope scope, HostAddresses addresses) {
        return judge(request, scope, addresses, false);
    }

    /**
     * @param logIn whether the window is logging in: then it may also send a form (the login form's POST)
     *              inside the scope, and nothing else changes
     */
    static Verdict judge(Request request, Scope scope, HostAddresses addresses, boolean logIn) {
        // a WebSocket's handshake is an HTTP request to the same host and port
        String url = request.url().replaceFirst("^(?i)ws(s?)://", "http$1://");
        Optional<String> neverHost = scope.refusedHost(url, addresses);
        if (neverHost.isPresent()) {
            return refused(Message.of("note.browser.left-scope-host", request.url(), neverHost.get()));
        }
        if (scope.excludes(url)) {
            return refused(Message.of("note.browser.excluded", request.url()));
        }
        if (!request.navigation()) {
            return Verdict.ALLOWED;
        }
        boolean formInScope = logIn && UrlNormalizer.normalise(url).filter(scope::allows).isPresent();
        if (!READING.contains(request.method().toUpperCase(Locale.ROOT)) && !formInScope) {
            return refused(Message.of("note.browser.form-not-sent", request.method(), request.url()));
        }
        if (request.topLevel() && UrlNormalizer.normalise(url).filter(scope::allows).isEmpty()) {
            return refused(Message.of("note.browser.left-scope", request.url()));
        }
        return Verdict.ALLOWED;
    }

    private static Verdict refused(Message note) {
        return new Verdict(false, note);
    }
}
