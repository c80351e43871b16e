package nl.ketenscan.crawler.browser;

/**
 * No browser could be started, so no page can be checked: a scan-level failure. The message says what
 * to install or which setting to fix.
 */
public class BrowserUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrowserUnavailableException(String message) {
        super(message);
    }

    public BrowserUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
