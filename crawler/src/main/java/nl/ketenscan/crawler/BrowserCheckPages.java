package nl.ketenscan.crawler;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import nl.ketenscan.crawler.browser.GatherChoice;
import nl.ketenscan.crawler.browser.GatherCost;
import nl.ketenscan.crawler.browser.GatherScope;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.Sha256;
import nl.ketenscan.rules.sample.PageSkeleton;
import nl.ketenscan.rules.sample.SampleReason;
import nl.ketenscan.rules.sample.WcagEmSample;

/**
 * On which pages the slow browser checks run. An organisation of up to {@value #EVERY_PAGE_UP_TO} pages
 * gets every check on every page. A larger one, known as soon as its pages done and queued (within the
 * page limit) number more, gets them on the pages WCAG-EM's sample would take, as far as the crawl can
 * tell them while it goes: the seeds and the first page of each common kind (contact, search,
 * sitemap, login, help and legal), the first page of each layout ({@link PageSkeleton}), and, standing
 * in for the sample's random draw, as many pages as that draw takes (a tenth of the pages taken so far,
 * rounded up), each picked by a hash of its address so that they spread over the crawl. The quick
 * checks run on every page. {@link GatherScope#EVERY_PAGE} runs every check on every page, {@link GatherScope#NONE}
 * none. Thread-safe: the scan's workers share it.
 */
public final class BrowserCheckPages {

    /** An organisation this size gets every check on every page. */
    public static final int EVERY_PAGE_UP_TO = 100;

    /**
     * A page of the rest is a candidate for the random stand-ins when its address hashes to 0 modulo
     * this, so the stand-ins are not simply the first pages after the structured ones.
     */
    private static final int RANDOM_SPREAD = 10;

    private static final Set<GatherCost> ALL = EnumSet.allOf(GatherCost.class);
    private static final Set<GatherCost> QUICK = EnumSet.of(GatherCost.LIGHT);

    private final GatherScope scope;
    private final IntUnaryOperator organisationSize;
    private final Map<Integer, Seen> organisations = new HashMap<>();

    /**
     * @param organisationSize how many pages an organisation has as far as the scan knows now (done and
     *                         queued, within the page limit)
     */
    BrowserCheckPages(GatherScope scope, IntUnaryOperator organisationSize) {
        this.scope = scope;
        this.organisationSize = organisationSize;
    }

    /** The choice for one page of organisation {@code org}; {@code seed} when the page is one of its seeds. */
    GatherChoice forPage(int org, boolean seed) {
        if (scope == GatherScope.NONE) {
            return (finalUrl, html) -> EnumSet.noneOf(GatherCost.class);
        }
        if (scope == GatherScope.EVERY_PAGE || seed) {
            return GatherChoice.everything();
        }
        return (finalUrl, html) -> choose(org, finalUrl, html);
    }

    private Set<GatherCost> choose(int org, String finalUrl, String html) {
        if (html == null || organisationSize.applyAsInt(org) <= EVERY_PAGE_UP_TO || common(org, finalUrl)) {
            return ALL;
        }
        // parsed outside the lock: the other workers need not wait for this page's layout
        String layout = PageSkeleton.of(PageContent.parse(finalUrl, html));
        boolean candidate = Math.floorMod(Sha256.digest(PageAddress.key(finalUrl))[0], RANDOM_SPREAD) == 0;
        synchronized (this) {
            Seen seen = organisations.computeIfAbsent(org, o -> new Seen());
            if (seen.layouts.add(layout)) {
                return ALL;
            }
            if (candidate && seen.random < WcagEmSample.randomSize(seen.common.size() + seen.layouts.size())) {
                seen.random++;
                return ALL;
            }
            return QUICK;
        }
    }

    /** Whether the page is the first of a common kind the sample takes (contact, search, ...). */
    private synchronized boolean common(int org, String finalUrl) {
        Seen seen = organisations.computeIfAbsent(org, o -> new Seen());
        boolean common = false;
        for (SampleReason reason : WcagEmSample.commonPageReasons(finalUrl)) {
            common |= seen.common.add(reason);
        }
        return common;
    }

    /** Remembers the layout of a page checked, also of one that got every check before the organisation grew. */
    synchronized void rendered(int org, String skeleton) {
        if (skeleton != null) {
            organisations.computeIfAbsent(org, o -> new Seen()).layouts.add(skeleton);
        }
    }

    /** What one organisation's pages have shown so far. */
    private static final class Seen {
        final Set<SampleReason> common = EnumSet.noneOf(SampleReason.class);
        final Set<String> layouts = new HashSet<>();
        int random;
    }
}
