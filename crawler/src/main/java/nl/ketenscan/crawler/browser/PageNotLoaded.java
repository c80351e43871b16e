package nl.ketenscan.crawler.browser;

/** The browser could not show the page at all; the message says why, for the page's error. */
final class PageNotLoaded extends Exception {

    private static final long serialVersionUID = 1L;

    PageNotLoaded(String message) {
        super(message);
    }
}
