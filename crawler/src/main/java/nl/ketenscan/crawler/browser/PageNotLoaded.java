package nl.ketenscan.crawler.browser;

import nl.ketenscan.rules.Message;

/** The browser could not show the page at all; the message says why, for the page's error. */
final class PageNotLoaded extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /** @param detail what the browser said, quoted in the page's error */
    PageNotLoaded(String key, String detail) {
        super(key + ": " + detail);
        this.reason = Message.of(key, detail);
    }

    Message reason() {
        return reason;
    }
}
