package nl.ketenscan.crawler.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.login.LoginFailedException;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.crawler.login.SuccessSign;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Logs in through an organisation's login form in a browser of its own, started as the pool's browsers
 * are (locally or on the Grid, the same {@link ChromiumInstance}), and hands back the session's cookies,
 * bound to the login page's host and port. The browser keeps the scope as when it checks pages, except
 * that it may send this one form (a POST inside the scope); it is closed before the cookies are used,
 * and no screenshot is ever taken of it, so the filled password field is never captured.
 *
 * <p>The user name and password are typed into their fields and go nowhere else: no message here
 * holds them, and chromedriver's log is not kept.
 */
public final class FormLogin {

    /** Between two looks for the sign of success: short, so a quick login costs little. */
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOOK = Duration.ofSeconds(2);

    /** Finds a field or button by CSS selector, else by its label's or its own text, its name or aria-label. */
    private static final String FIND = """
            var want = arguments[0], found = null;
            try { found = document.querySelector(want); } catch (notASelector) { found = null; }
            if (found) { return found; }
            var norm = function (t) { return (t || '').replace(/\\s+/g, ' ').trim().toLowerCase(); };
            var w = norm(want);
            var labels = document.querySelectorAll('label');
            for (var i = 0; i < labels.length; i++) {
              if (norm(labels[i].textContent) === w && labels[i].control) { return labels[i].control; }
            }
            var all = document.querySelectorAll('input, textarea, button, [role=button]');
            for (var j = 0; j < all.length; j++) {
              var e = all[j];
              if (e.getAttribute('name') === want || norm(e.getAttribute('aria-label')) === w
                  || (e.matches('button, [role=button], input[type=submit], input[type=button]')
                      && norm(e.textContent || e.value) === w)) { return e; }
            }
            return null;""";

    private static final String LOOK_SCRIPT = "return [location.href, document.title, document.readyState,"
            + " arguments[0] ? !!document.querySelector(arguments[0]) : false];";

    private FormLogin() {
    }

    /**
     * Logs in with {@code form}, the browser kept within {@code scope} and sending {@code credentials}
     * as the pool's browsers do.
     *
     * @return the cookies the site set for the login page's host, each bound to its host and port
     * @throws LoginFailedException when a field or the button is missing, or the sign of success does not
     *                              show within the page budget
     * @throws BrowserUnavailableException when no browser starts
     */
    public static List<Credentials.Cookie> logIn(BrowserSettings settings, Credentials credentials, Scope scope,
                                                 LoginForm form) {
        try (ChromiumInstance browser = ChromiumInstance.launch(settings, credentials)) {
            browser.enterToLogIn(scope);
            try {
                new PageLoader(settings.pageBudget()).load(browser, form.url());
            } catch (PageNotLoaded e) {
                throw new LoginFailedException("the login page " + form.url() + " did not load within the page budget"
                        + " (--page-budget); check the login url and that the site answers");
            }
            WebDriver driver = browser.driver();
            type(driver, form, form.usernameField(), "username", form.username().reveal());
            type(driver, form, form.passwordField(), "password", form.password().reveal());
            find(driver, form, form.submit(), "submit").click();
            awaitSuccess(browser, form, settings.pageBudget());
            return sessionCookies(driver, form.url());
        } catch (WebDriverException e) {
            // a browser's answer may echo what was typed, so it is summarised by its kind only
            throw new LoginFailedException("the browser failed while logging in at " + form.url() + " ("
                    + e.getClass().getSimpleName() + "); try again, or check the login's fields and submit");
        }
    }

    private static void type(WebDriver driver, LoginForm form, String field, String key, String value) {
        WebElement element = find(driver, form, field, "fields." + key);
        element.clear();
        element.sendKeys(value);
    }

    private static WebElement find(WebDriver driver, LoginForm form, String wanted, String key) {
        Object found = DialogSafeScripts.execute(driver, FIND, wanted);
        if (found instanceof WebElement element) {
            return element;
        }
        throw new LoginFailedException("the login page " + form.url() + " has nothing that matches " + key + " '"
                + wanted + "' (as a CSS selector, a label's text, a name or a button's text); check " + key
                + " in the login of ketenscan.yml");
    }

    /** Waits, through short looks, for the page after sending the form to show the sign of success. */
    private static void awaitSuccess(ChromiumInstance browser, LoginForm form, Duration budget) {
        WebDriver driver = browser.driver();
        String selector = form.loggedIn() instanceof SuccessSign.Element element ? element.selector() : null;
        long deadline = System.nanoTime() + budget.toNanos();
        driver.manage().timeouts().scriptTimeout(LOOK);
        List<?> seen = List.of(form.url(), "", "", false);
        while (System.nanoTime() - deadline < 0) {
            pause();
            if (browser.blockedNavigation().isPresent()) {
                throw new LoginFailedException("after sending the login form at " + form.url() + " the browser was"
                        + " kept from going on (to an address outside the scope or excluded, or a second form); the"
                        + " page after logging in must be inside the organisation's scope and not excluded");
            }
            try {
                seen = (List<?>) DialogSafeScripts.execute(driver, LOOK_SCRIPT, selector);
            } catch (WebDriverException stillNavigating) {
                continue;
            }
            if ("complete".equals(seen.get(2)) && form.loggedIn().shows(String.valueOf(seen.get(0)), Boolean.TRUE.equals(seen.get(3)))) {
                return;
            }
        }
        throw new LoginFailedException("after logging in at " + form.url() + " the browser showed no sign of being"
                + " logged in (" + form.loggedIn().describe() + ") within " + budget.toSeconds() + " s; it ended at "
                + withoutQuery(String.valueOf(seen.get(0))) + " titled '" + seen.get(1) + "'. Check the username and password ("
                + form.username().source() + ", " + form.password().source() + ") and loggedIn in ketenscan.yml."
                + " The scan stops rather than check the login page as if it were the site");
    }

    /** An address without its query, fragment and path parameters, where a site may put a session token. */
    private static String withoutQuery(String url) {
        return url.replaceFirst("[;?#].*$", "");
    }

    /**
     * The cookies the page after logging in sees that belong to the login page's host (or a domain it is
     * part of), bound to that host and port. Read through classic WebDriver, which shows the jar's cookies
     * for the page's address: BiDi's storage.getCookies answered none for this jar (Chromium 14x).
     */
    private static List<Credentials.Cookie> sessionCookies(WebDriver driver, String loginUrl) {
        String host = URI.create(loginUrl).getHost().toLowerCase(Locale.ROOT);
        return driver.manage().getCookies().stream()
                .filter(cookie -> belongsTo(host, cookie.getDomain()))
                .map(cookie -> Credentials.sessionCookie(loginUrl, cookie.getPath(), cookie.isSecure(), cookie.getName(),
                        cookie.getValue()))
                .toList();
    }

    private static boolean belongsTo(String host, String cookieDomain) {
        String domain = cookieDomain.startsWith(".") ? cookieDomain.substring(1) : cookieDomain;
        domain = domain.toLowerCase(Locale.ROOT);
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailedException("the login was interrupted");
        }
    }
}
