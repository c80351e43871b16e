package nl.ketenscan.crawler.browser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which gatherers a page gets, decided once it has loaded: a scan may keep the slow ones for some
 * pages of a large organisation, which it can tell only from the page itself (its layout, its address).
 */
@FunctionalInterface
public interface GatherChoice {

    /**
     * @param finalUrl where the page ended up
     * @param html     its DOM as rendered; null when the browser gave none
     * @return the costs of the gatherers to run on it
     */
    Set<GatherCost> costs(String finalUrl, String html);

    /** Every gatherer on every page. */
    static GatherChoice everything() {
        return (finalUrl, html) -> EnumSet.allOf(GatherCost.class);
    }
}
