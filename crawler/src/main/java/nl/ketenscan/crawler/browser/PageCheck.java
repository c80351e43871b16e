package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.results.Results;
import java.time.Duration;
import java.util.List;
import nl.ketenscan.rules.Finding;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Checks one page in a driver: loads it within the budget, runs axe, and leaves the driver ready for
 * the next page. Everything that is the page's doing ends up in the {@link RenderedPage}; only a failing
 * driver escapes as an exception.
 */
final class PageCheck {

    private static final String DESCRIBE = "return [location.href, document.title,"
            + " document.documentElement ? document.documentElement.getAttribute('lang') : null,"
            + " document.documentElement ? document.documentElement.outerHTML : null];";

    private final PageLoader loader;
    private final AxeRunner axe;
    private final Duration budget;

    PageCheck(AxeRunner axe, Duration budget) {
        this.loader = new PageLoader(budget);
        this.axe = axe;
        this.budget = budget;
    }

    /**
     * @throws WebDriverException when the driver or browser fails, not the page; the driver is then left
     *                            as it is, since it must be replaced anyway
     */
    RenderedPage check(WebDriver driver, String url) {
        Popups popups = new Popups(driver, driver.getWindowHandle());
        RenderedPage page = checkIn(driver, url);
        popups.close();
        return page;
    }

    private RenderedPage checkIn(WebDriver driver, String url) {
        long start = System.nanoTime();
        try {
            boolean complete = loader.load(driver, url);
            long loadMillis = millisSince(start);
            List<?> facts = (List<?>) DialogSafeScripts.execute(driver, DESCRIBE);
            long checkStart = System.nanoTime();
            Results results = axe.run(driver);
            long checkMillis = millisSince(checkStart);
            List<Finding> findings = results.isErrored() ? List.of() : AxeFindings.from(results);
            return new RenderedPage(text(facts.get(0)), text(facts.get(1)), text(facts.get(2)), text(facts.get(3)), findings,
                    error(complete, results), loadMillis, checkMillis);
        } catch (PageNotLoaded e) {
            return RenderedPage.failed(url, e.getMessage(), millisSince(start));
        } catch (UnhandledAlertException e) {
            return RenderedPage.failed(url, "the page kept opening dialogs (" + WebDriverFailures.summary(e)
                    + ") and could not be checked", millisSince(start));
        }
    }

    private String error(boolean complete, Results results) {
        String unfinished = "the page did not finish loading within " + budget.toSeconds() + " s";
        if (results.isErrored()) {
            String axeError = results.getError().getCause().getMessage();
            return complete ? axeError : unfinished + "; " + axeError;
        }
        return complete ? null : unfinished + "; only what had loaded by then was checked";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
