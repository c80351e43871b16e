package nl.ketenscan.rules;

import java.util.List;

/**
 * One of ketenscan's own checks that needs the browser to act on the page (resize it, change its
 * styles, watch it): a gatherer in the crawler drives the loaded page and returns plain facts, an
 * artifact of type {@code A}; this audit judges them. Pure, like a {@link PageRule}: the same
 * artifact always gives the same findings, so each audit is tested on artifacts without a browser.
 *
 * <p>An audit whose artifact was not gathered on a page (its gatherer did not run there, failed or
 * ran out of time) is not asked: it then says nothing, never that the page passes or fails.
 *
 * @param <A> the artifact: a record of facts the browser saw, in a package named for its concept
 */
public non-sealed interface BrowserAudit<A extends Record> extends Rule {

    /** The artifact this audit judges; the crawler's gatherer of the same type produces it. */
    Class<A> artifact();

    /** @return failures only when the artifact proves them; nothing when the check does not apply */
    List<Finding> audit(A artifact);
}
