package nl.ketenscan.crawler.browser;

import java.util.List;
import nl.ketenscan.crawler.crawl.Credentials;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.module.Storage;
import org.openqa.selenium.bidi.network.BytesValue;
import org.openqa.selenium.bidi.storage.PartialCookie;
import org.openqa.selenium.bidi.storage.SetCookieParameters;

/**
 * Puts the cookies of {@link Credentials} into a fresh browser's cookie jar, through WebDriver BiDi,
 * before its first page. The browser then sends each to exactly its host (set without a Domain
 * attribute, so not to subdomains), under its path and, when secure, over https only, together with
 * the cookies the site sets itself; no request waits for it.
 *
 * <p>They are HttpOnly, so no script of a page can read them, and session cookies, gone with the
 * throw-away profile. A cookie given for one port is not put here, since a jar would send it to every
 * port of its host: {@link RequestGuard} adds it to that port's requests.
 */
final class CookieJar {

    private CookieJar() {
    }

    /**
     * @param driver a driver whose session was started with BiDi ({@code webSocketUrl})
     * @throws IllegalArgumentException when the session has no BiDi connection
     * @throws BrowserUnavailableException when the browser refuses a cookie, naming it but not its value
     */
    static void fill(WebDriver driver, Credentials credentials) {
        List<Credentials.Cookie> jarCookies = credentials.cookies().stream().filter(Credentials.Cookie::fitsAJar).toList();
        if (jarCookies.isEmpty()) {
            return;
        }
        Storage storage = new Storage(driver);
        for (Credentials.Cookie cookie : jarCookies) {
            try {
                storage.setCookie(new SetCookieParameters(
                        new PartialCookie(cookie.name(), new BytesValue(BytesValue.Type.STRING, cookie.value()), cookie.host())
                                .path(cookie.path())
                                .secure(cookie.secure())
                                .httpOnly(true)));
            } catch (WebDriverException refused) {
                // the browser's answer may repeat the value, so neither it nor the cause goes into the message
                throw new BrowserUnavailableException("the browser refused the " + cookie
                        + "; check its line in the cookie file or $KETENSCAN_COOKIES");
            }
        }
    }
}
