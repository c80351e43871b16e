package nl.ketenscan.crawler.browser;

import org.openqa.selenium.WebDriverException;

/**
 * Reads Selenium's exceptions, whose messages carry pages of build and session details after the one
 * line a user can act on.
 */
final class WebDriverFailures {

    private WebDriverFailures() {
    }

    /** The first line of the message: what went wrong, without Selenium's build and driver details. */
    static String summary(WebDriverException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    /**
     * Whether Chromium could not reach the page at all (DNS, refused connection, TLS): a fact about the
     * page, recorded as its error, while the browser itself is fine.
     */
    static boolean isNetworkError(WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("net::ERR_");
    }
}
