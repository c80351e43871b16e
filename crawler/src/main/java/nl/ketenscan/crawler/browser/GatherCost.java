package nl.ketenscan.crawler.browser;

/**
 * How much browser time a gatherer costs a page, which decides on which pages it runs: a few
 * scripts run on every page; resizing, emulating or watching the page for seconds may be left to a
 * sample of a large organisation's pages.
 */
public enum GatherCost {
    /** One or two scripts: runs on every page. */
    LIGHT,
    /** Layout changes or observation over time: sampled on large organisations. */
    HEAVY
}
