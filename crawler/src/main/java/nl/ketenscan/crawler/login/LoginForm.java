package nl.ketenscan.crawler.login;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.ketenscan.crawler.crawl.UrlNormalizer;

/**
 * A login form of an organisation, as its configuration describes it: where it is, which fields get the
 * user name and password (each a CSS selector, a label's text or a field's name), the button that sends
 * it (a CSS selector or its text), and the sign that the login worked. The session it gives is bound to
 * the login page's host and port.
 *
 * @param neverFollow the words of logout-like links: a link whose name has one is never followed (their
 *                    addresses are the organisation's exclude patterns already)
 */
public record LoginForm(String url, String usernameField, String passwordField, String submit, SuccessSign loggedIn,
                        Secret username, Secret password, List<Pattern> neverFollow) {

    /** A form whose links are never followed by their names, only by the organisation's exclude patterns. */
    public LoginForm(String url, String usernameField, String passwordField, String submit, SuccessSign loggedIn,
                     Secret username, Secret password) {
        this(url, usernameField, passwordField, submit, loggedIn, username, password, List.of());
    }

    public LoginForm {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(usernameField, "usernameField");
        Objects.requireNonNull(passwordField, "passwordField");
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(loggedIn, "loggedIn");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        neverFollow = List.copyOf(neverFollow);
        if (UrlNormalizer.normalise(url).isEmpty()) {
            throw new IllegalArgumentException("the login url '" + url + "' is not an http(s) URL");
        }
    }

    /** The login page's address without query or fragment: a page that lands here lost its session. */
    public boolean isLoginPage(String pageUrl) {
        return pageUrl != null && withoutQuery(pageUrl).equals(withoutQuery(url));
    }

    /** Whether a link named {@code name} is a logout-like link, never to be followed. */
    public boolean neverFollows(String name) {
        return neverFollow.stream().anyMatch(words -> words.matcher(name).find());
    }

    private static String withoutQuery(String address) {
        int end = address.length();
        for (char c : new char[] {'?', '#'}) {
            int at = address.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return address.substring(0, end);
    }
}
