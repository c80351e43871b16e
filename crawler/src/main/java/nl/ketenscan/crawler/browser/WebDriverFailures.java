package nl.ketenscan.crawler.browser;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
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

    /**
     * Whether the driver did not answer at all within the HTTP client's read timeout, as opposed to
     * answering that the page timed out: then the driver hangs and must be replaced.
     */
    static boolean isUnanswered(WebDriverException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
