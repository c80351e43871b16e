package nl.ketenscan.crawler.browser;

import java.time.Duration;
import nl.ketenscan.rules.BrowserCheckNames;

/**
 * Drives the loaded page after axe and returns what it saw as a plain artifact, a record in
 * {@code rules} that a {@link nl.ketenscan.rules.BrowserAudit} judges. A gatherer collects facts, it
 * never decides pass or fail; it changes the page only through {@link LivePage}, which undoes every
 * change when the gatherer ends, however it ends.
 *
 * <p>To add one: implement this, list it in {@link PageGatherers}, and list the audits of its artifact
 * in {@link nl.ketenscan.rules.OwnRules}. See docs/architecture.md, "Adding a browser check".
 *
 * @param <A> the artifact it returns
 */
interface Gatherer<A extends Record> {

    /**
     * Short and stable, e.g. {@code reflow}: named in page notes, in {@code ketenscan rules} and in the
     * pages' {@link nl.ketenscan.rules.BrowserChecks}, from {@link BrowserCheckNames}, where the verdicts read it.
     */
    default String name() {
        return BrowserCheckNames.of(artifact());
    }

    Class<A> artifact();

    /** How long it may drive a page; past it the gatherer is stopped and its artifact is missing. */
    Duration budget();

    /** Whether it runs on every page, or only on the sampled pages of a large organisation. */
    GatherCost cost();

    /**
     * @throws LivePage.OutOfTime when the budget ran out; a script error or a dialog may escape as
     *                            Selenium's exception: either way the page gets a note, not a finding
     */
    A gather(LivePage page);
}
