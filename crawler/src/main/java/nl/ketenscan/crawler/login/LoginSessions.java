package nl.ketenscan.crawler.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.LinkExtractor;
import nl.ketenscan.rules.Message;
import org.jsoup.nodes.Document;

/**
 * The login sessions of a scan, one per organisation that has a login form: ketenscan logs in before the
 * crawl ({@link #logInAll}), hands the sessions' cookies to the fetcher and every browser through
 * {@link Credentials#withSession}, and logs in again, once, when a page lands back on the login page
 * ({@link #renew}). Thread-safe: the scan's workers share it; two workers that both meet an expired
 * session renew it once.
 *
 * <p>The cookies are secrets, as the user name and password are: none leaves this class but towards the
 * requests of their own host and port.
 */
public final class LoginSessions {

    /** Logs in with one organisation's form, in a browser, and gives the session's cookies. */
    @FunctionalInterface
    public interface Performer {

        /** @throws LoginFailedException when the login did not work */
        List<Credentials.Cookie> logIn(int org, LoginForm form);
    }

    /** One organisation's session: the cookies now, and how it went. */
    private static final class Session {
        final LoginForm form;
        List<Credentials.Cookie> cookies = List.of();
        int generation;
        int renewals;
        int pagesLoggedIn;
        boolean failed;
        final Set<String> logoutLinks = ConcurrentHashMap.newKeySet();

        Session(LoginForm form) {
            this.form = form;
        }
    }

    private final Map<Integer, Session> sessions = new TreeMap<>();
    private final Performer performer;

    /**
     * @param forms     the login form of each organisation that has one, by its index in the scan
     * @param performer what logs in
     */
    public LoginSessions(Map<Integer, LoginForm> forms, Performer performer) {
        forms.forEach((org, form) -> sessions.put(org, new Session(form)));
        this.performer = performer;
    }

    /** A scan without login forms. */
    public static LoginSessions none() {
        return new LoginSessions(Map.of(), (org, form) -> List.of());
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /**
     * Logs in for every organisation with a form, before the crawl.
     *
     * @throws LoginFailedException when one does not work: the scan must not start
     */
    public void logInAll() {
        for (Map.Entry<Integer, Session> entry : sessions.entrySet()) {
            List<Credentials.Cookie> cookies = performer.logIn(entry.getKey(), entry.getValue().form);
            synchronized (this) {
                entry.getValue().cookies = List.copyOf(cookies);
            }
        }
    }

    /** Every session's cookies as they are now, each bound to its login page's host and port. */
    public synchronized List<Credentials.Cookie> cookies() {
        List<Credentials.Cookie> all = new ArrayList<>();
        sessions.values().forEach(session -> all.addAll(session.cookies));
        return all;
    }

    public boolean hasLogin(int org) {
        return sessions.containsKey(org);
    }

    /** Whether {@code url} is the organisation's login page, where a page lands once its session is gone. */
    public boolean isLoginPage(int org, String url) {
        Session session = sessions.get(org);
        return session != null && session.form.isLoginPage(url);
    }

    /**
     * The links of {@code document} (at {@code pageUrl}) whose names are logout-like words of the
     * organisation's login; from now on they are {@link #neverFollowed}.
     */
    public Set<String> logoutLinks(int org, Document document, String pageUrl) {
        Session session = sessions.get(org);
        if (session == null) {
            return Set.of();
        }
        Set<String> links = LinkExtractor.linksNamed(document, pageUrl, session.form::neverFollows);
        session.logoutLinks.addAll(links);
        return links;
    }

    /** Whether a link to {@code url} was named as a logout link on a page of the organisation. */
    public boolean neverFollowed(int org, String url) {
        Session session = sessions.get(org);
        return session != null && session.logoutLinks.contains(url);
    }

    /** The organisation's login page, for messages; empty when it has none. */
    public Optional<String> loginPage(int org) {
        return Optional.ofNullable(sessions.get(org)).map(session -> session.form.url());
    }

    /** Which session the organisation has now; a page notes it before its requests, for {@link #renew}. */
    public synchronized int generation(int org) {
        Session session = sessions.get(org);
        return session == null ? 0 : session.generation;
    }

    /**
     * Logs in again after a page met the login page with session {@code seen}; when another worker
     * renewed it since, that session is used and no login is made.
     *
     * @return false when the login failed now or failed before: the page is then an error, the scan
     *         goes on, and no later page waits for another login
     */
    public synchronized boolean renew(int org, int seen) {
        Session session = sessions.get(org);
        if (session == null || session.failed) {
            return false;
        }
        if (session.generation != seen) {
            return true;
        }
        try {
            session.cookies = List.copyOf(performer.logIn(org, session.form));
        } catch (LoginFailedException failed) {
            // tried once: every page would otherwise wait out another failing login
            session.failed = true;
            return false;
        } finally {
            session.generation++;
            session.renewals++;
        }
        return true;
    }

    /** A page of the organisation was checked as the logged-in user sees it. */
    public synchronized void checkedLoggedIn(int org) {
        Session session = sessions.get(org);
        if (session != null) {
            session.pagesLoggedIn++;
        }
    }

    /** How often ketenscan logged in again after a session ended. */
    public synchronized int renewals(int org) {
        Session session = sessions.get(org);
        return session == null ? 0 : session.renewals;
    }

    /** What the report says of the organisation's login, or empty when it has none. */
    public synchronized Optional<Message> summary(int org) {
        Session session = sessions.get(org);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.of(Message.of("note.login", session.form.url(), session.pagesLoggedIn, 1 + session.renewals,
                session.renewals));
    }
}
