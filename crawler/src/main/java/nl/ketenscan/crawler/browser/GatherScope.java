package nl.ketenscan.crawler.browser;

/** On which pages the browser checks run, beside axe and the own rules that every page gets. */
public enum GatherScope {
    /** None: axe and the own rules only, as fast as a scan gets. */
    NONE,
    /** The quick ones on every page, the slow ones ({@link GatherCost#HEAVY}) on a large organisation's sample. */
    SAMPLED,
    /** Every check on every page. */
    EVERY_PAGE
}
