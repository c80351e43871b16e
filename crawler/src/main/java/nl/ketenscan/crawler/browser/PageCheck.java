package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.results.Results;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.Message;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Checks one page in a driver: loads it within the budget, runs axe, then the {@link PageGatherers}
 * and the audits of what they gathered, and leaves the driver ready for the next page. Everything that is the page's doing ends up in the {@link RenderedPage}; only a failing
 * driver escapes as an exception.
 */
final class PageCheck {

    /**
     * The addresses the links of the page's frames lead to, for frames of the page's own origin (also
     * those a script wrote, {@code srcdoc} and {@code about:blank} frames, which inherit it), nested
     * ones included, up to {@value #MAX_FRAMES} frames. Read in the page because the DOM
     * {@link #SETTLE_AND_DESCRIBE} returns is the top document's only; another origin's frame cannot be
     * read and is a site of its own. The browser's same-origin policy decides: a frame whose document
     * the page can read is of its origin ({@code location.origin} says "null" for a written
     * {@code about:blank} frame, which is). Each address is resolved against its frame's base.
     */
    private static final int MAX_FRAMES = 50;
    private static final String FRAME_LINKS = "function ketenscanFrameLinks() {"
            + " var links = [], frames = 0;"
            + " function read(win) {"
            + "  for (var i = 0; i < win.frames.length && frames < " + MAX_FRAMES + "; i++) {"
            + "   var doc; frames++;"
            + "   try { doc = win.frames[i].document; } catch (otherOrigin) { continue; }"
            + "   if (!doc) { continue; }"
            + "   doc.querySelectorAll('a[href], area[href], iframe[src], frame[src]').forEach(function (e) {"
            + "    var name = e.localName === 'a' || e.localName === 'area' ? 'href' : 'src';"
            + "    try { links.push(new URL(e.getAttribute(name), doc.baseURI).href); } catch (notAUrl) { }"
            + "   });"
            + "   read(win.frames[i]);"
            + "  }"
            + " }"
            + " read(window); return links; }";

    /**
     * Settles the loaded page before it is described and checked: its timers are cleared and loading
     * stops, so that a page navigating itself away on a timer can neither leave in the middle of the
     * check nor, once checked, take the next page's place while that one loads. Timer ids count up
     * from 1; the newest {@value #MAX_TIMERS} are cleared.
     */
    private static final int MAX_TIMERS = 100_000;
    private static final String SETTLE_AND_DESCRIBE = "var last = setTimeout(function () {}, 0);"
            + " for (var id = last; id > 0 && last - id < " + MAX_TIMERS + "; id--) { clearTimeout(id); clearInterval(id); }"
            + " window.stop();"
            + FRAME_LINKS
            + " return [location.href, document.title,"
            + " document.documentElement ? document.documentElement.getAttribute('lang') : null,"
            + " document.documentElement ? document.documentElement.outerHTML : null, ketenscanFrameLinks(),"
            + " document.getElementsByTagName('*').length];";

    /**
     * A page with more elements than this gets only the light browser checks: laying out so many again at
     * 320 px, 200% and with the spacing takes the slow ones past their budgets (seconds a script, which a
     * budget cannot interrupt) and measures nothing. Real pages have a few thousand.
     */
    static final int MAX_ELEMENTS_FOR_SLOW_CHECKS = 30_000;

    private static final String BLANK = "about:blank";

    /** Screenshots of one page's findings at most: each costs a round trip and a capture. */
    static final int MAX_SCREENSHOTS = 10;

    /**
     * A page's own navigation (a reload or redirect on a timer) can cancel leaving it as often as the
     * timer fires; past this many tries the browser is taken to be stuck.
     */
    private static final int LEAVE_ATTEMPTS = 10;

    /**
     * Set when the last page may still be navigating by itself: it ended elsewhere than it was asked to
     * load, or with an error. Only then is it left for about:blank first, which costs a round trip; a
     * page that checked cleanly had its timers cleared before the check.
     */
    private boolean previousMayNavigate;

    /** Set when a gatherer could not undo its changes: the browser must be replaced before the next page. */
    private boolean browserDisturbed;

    private final PageLoader loader;
    private final AxeRunner axe;
    private final PageGatherers gatherers;
    private final Duration budget;

    PageCheck(AxeRunner axe, Duration budget) {
        this(axe, new PageGatherers(), budget);
    }

    PageCheck(AxeRunner axe, PageGatherers gatherers, Duration budget) {
        this.loader = new PageLoader(budget);
        this.axe = axe;
        this.gatherers = gatherers;
        this.budget = budget;
    }

    /**
     * Checks {@code url}, the browser kept within {@code scope}. A page that navigated its window out of
     * the scope, or submitted a form, is recorded with that note and without anything checked: what the
     * window showed by then may be the error page that took the other site's place, or the page half
     * left.
     *
     * @throws WebDriverException when the driver or browser fails, not the page; the driver is then left
     *                            as it is, since it must be replaced anyway
     */
    RenderedPage check(ChromiumInstance browser, String url, Scope scope) {
        return check(browser, url, scope, GatherChoice.everything());
    }

    /** @param choice which gatherers run on this page, once it has loaded */
    RenderedPage check(ChromiumInstance browser, String url, Scope scope, GatherChoice choice) {
        return check(browser, url, scope, choice, EvidenceChoice.none());
    }

    /** @param evidence which findings get a screenshot, taken while the page is still loaded */
    RenderedPage check(ChromiumInstance browser, String url, Scope scope, GatherChoice choice,
                       EvidenceChoice evidence) {
        WebDriver driver = browser.driver();
        if (previousMayNavigate) {
            leavePreviousPage(browser);
        }
        browser.enter(scope);
        Popups popups = new Popups(driver, driver.getWindowHandle());
        RenderedPage checked = checkIn(browser, url, choice, evidence);
        RenderedPage page = browser.blockedNavigation()
                .map(note -> RenderedPage.failed(url, note, checked.loadMillis()))
                .orElse(checked);
        popups.close();
        previousMayNavigate = page.error() != null || !url.equals(page.finalUrl());
        return page;
    }

    /**
     * Whether the last page left the browser changed (a gatherer could not undo its emulation or styles),
     * so that the next page would be checked in a browser that does not show it as visitors see it.
     */
    boolean browserDisturbed() {
        return browserDisturbed;
    }

    /**
     * Ends the previous page and its scripts before the next one loads. Otherwise a navigation the
     * previous page started on a timer cancels loading the next one, which has not committed yet, and the
     * previous page is checked again in its place.
     */
    private static void leavePreviousPage(ChromiumInstance browser) {
        for (int attempt = 0; attempt < LEAVE_ATTEMPTS; attempt++) {
            try {
                browser.open(BLANK);
                if (BLANK.equals(browser.driver().getCurrentUrl())) {
                    return;
                }
            } catch (UnhandledAlertException dismissed) {
                // the previous page opened a dialog as it was left; the next try leaves it
            }
        }
        throw new WebDriverException("the previous page kept the browser from leaving it " + LEAVE_ATTEMPTS + " times");
    }

    private RenderedPage checkIn(ChromiumInstance browser, String url, GatherChoice choice, EvidenceChoice evidence) {
        WebDriver driver = browser.driver();
        long start = System.nanoTime();
        browserDisturbed = false;
        try {
            boolean complete = loader.load(browser, url);
            long loadMillis = millisSince(start);
            List<?> facts = (List<?>) DialogSafeScripts.execute(driver, SETTLE_AND_DESCRIBE);
            long checkStart = System.nanoTime();
            Results results = axe.run(driver);
            List<Finding> findings = new ArrayList<>(results.isErrored() ? List.of() : AxeFindings.from(results));
            Set<GatherCost> costs = EnumSet.noneOf(GatherCost.class);
            costs.addAll(choice.costs(text(facts.get(0)), text(facts.get(3))));
            int elements = ((Number) facts.get(5)).intValue();
            List<String> notes = new ArrayList<>();
            if (elements > MAX_ELEMENTS_FOR_SLOW_CHECKS && costs.remove(GatherCost.HEAVY)) {
                notes.add("the slow browser checks were left out: the page has " + elements + " elements, more than the "
                        + MAX_ELEMENTS_FOR_SLOW_CHECKS + " they can lay out again within their budgets");
            }
            PageGatherers.Gathered gathered = gatherers.gather(driver, costs);
            browserDisturbed = !gathered.intact();
            notes.addAll(gathered.notes());
            try {
                findings.addAll(OwnRules.audit(gathered.artifacts()));
            } catch (OwnRules.RuleFailure e) {
                notes.add(e.getMessage());
            }
            long checkMillis = millisSince(checkStart);
            List<TakenScreenshot> screenshots = new ArrayList<>();
            if (!browserDisturbed) {
                takeScreenshots(driver, findings, evidence, screenshots, notes);
            }
            return new RenderedPage(text(facts.get(0)), text(facts.get(1)), text(facts.get(2)), text(facts.get(3)),
                    frameLinks(facts.get(4)), findings, error(complete, results), loadMillis, checkMillis, gathered.ran(),
                    notes, screenshots);
        } catch (PageNotLoaded e) {
            return RenderedPage.failed(url, e.reason(), millisSince(start));
        } catch (UnhandledAlertException e) {
            return RenderedPage.failed(url, Message.of("page-error.dialogs", WebDriverFailures.summary(e)),
                    millisSince(start));
        }
    }

    /**
     * Screenshots of the findings {@code evidence} claims, at most {@value #MAX_SCREENSHOTS} a page; a
     * finding inside a frame or shadow root is left without (its selector does not reach it from the top).
     * A screenshot that could not put the page back as it was (its viewport) ends them, and the browser is
     * replaced before the next page, as after a gatherer that could not.
     */
    private void takeScreenshots(WebDriver driver, List<Finding> findings, EvidenceChoice evidence,
                                 List<TakenScreenshot> taken, List<String> notes) {
        for (Finding finding : findings) {
            if (taken.size() >= MAX_SCREENSHOTS) {
                return;
            }
            if (finding.selector() == null || finding.selector().contains(Finding.INTO_FRAME_OR_SHADOW_ROOT)
                    || !evidence.claim(finding)) {
                continue;
            }
            Optional<byte[]> png;
            try {
                png = ElementScreenshot.of(driver, finding);
            } catch (WebDriverException e) {
                evidence.release(finding);
                browserDisturbed = true;
                notes.add("screenshots stopped: " + WebDriverFailures.summary(e));
                return;
            }
            if (png.isPresent()) {
                taken.add(new TakenScreenshot(finding, png.get()));
            } else {
                evidence.release(finding);
            }
        }
    }

    private List<Message> error(boolean complete, Results results) {
        List<Message> problems = new ArrayList<>();
        if (!complete) {
            problems.add(Message.of("page-error.load-timeout", budget.toSeconds()));
        }
        if (results.isErrored()) {
            problems.add(Message.of("page-error.axe-failed", results.getError().getCause().getMessage()));
        } else if (!complete) {
            problems.add(Message.of("page-error.partly-checked"));
        }
        return problems;
    }

    private static List<String> frameLinks(Object value) {
        return value instanceof List<?> links ? links.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
