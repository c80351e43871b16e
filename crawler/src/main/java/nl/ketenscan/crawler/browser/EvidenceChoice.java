package nl.ketenscan.crawler.browser;

import nl.ketenscan.rules.Finding;

/**
 * Which findings of a page get a screenshot ({@link ElementScreenshot}), decided for the whole scan, so
 * that its bound and "the first occurrence of each issue" hold across pages and sessions.
 */
public interface EvidenceChoice {

    /** Reserves a screenshot for {@code finding}; false when it gets none. */
    boolean claim(Finding finding);

    /** Gives back a reservation whose screenshot could not be taken (the element was not shown). */
    void release(Finding finding);

    /** No screenshots. */
    static EvidenceChoice none() {
        return new EvidenceChoice() {
            @Override
            public boolean claim(Finding finding) {
                return false;
            }

            @Override
            public void release(Finding finding) {
                // nothing was reserved
            }
        };
    }
}
