package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Loads a page within the budget, whatever the page does: dialogs are dismissed, and loading that does
 * not finish in time is stopped, so that what has loaded can still be checked.
 *
 * <p>chromedriver's navigation returns as soon as a dialog blocks the page, so completion is read from
 * the page itself afterwards.
 */
final class PageLoader {

    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * How long one look at the load state may take. A navigation the page starts by itself (a meta
     * refresh, a script) is held until {@link RequestGuard} judges it, and chromedriver runs that BiDi
     * judgement only after the classic command under way, which in turn waits for the navigation: the
     * look ends at this timeout instead of the page budget, the judgement goes through, and the next look
     * sees where the page went.
     */
    private static final Duration LOOK = Duration.ofSeconds(2);

    /** The load state, and Chromium's error code when it shows its own error page instead. */
    private static final String STATE = "return [document.readyState, location.protocol === 'chrome-error:'"
            + " ? ((document.querySelector('.error-code') || {}).textContent || 'an unknown error') : null];";

    private final Duration budget;

    PageLoader(Duration budget) {
        this.budget = budget;
    }

    /**
     * @return true when the page finished loading, false when loading was stopped at the end of the budget
     * @throws PageNotLoaded when the browser could not show the page at all
     */
    boolean load(ChromiumInstance browser, String url) throws PageNotLoaded {
        WebDriver driver = browser.driver();
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            browser.open(url);
        } catch (TimeoutException slow) {
            if (WebDriverFailures.isUnanswered(slow)) {
                throw slow;
            }
            stop(driver);
            return false;
        } catch (UnhandledAlertException dismissed) {
            // the dialog held up loading and is gone now; waiting below lets loading go on
        } catch (InvalidArgumentException e) {
            throw new PageNotLoaded("page-error.browser-cannot-open", WebDriverFailures.summary(e));
        } catch (WebDriverException e) {
            if (WebDriverFailures.isNetworkError(e)) {
                throw new PageNotLoaded("page-error.not-loaded", WebDriverFailures.summary(e));
            }
            throw e;
        }
        return awaitComplete(driver, deadline);
    }

    private boolean awaitComplete(WebDriver driver, long deadline) throws PageNotLoaded {
        driver.manage().timeouts().scriptTimeout(LOOK);
        try {
            return pollUntilComplete(driver, deadline);
        } finally {
            driver.manage().timeouts().scriptTimeout(budget);
        }
    }

    private boolean pollUntilComplete(WebDriver driver, long deadline) throws PageNotLoaded {
        while (true) {
            List<?> state;
            try {
                state = (List<?>) DialogSafeScripts.execute(driver, STATE);
            } catch (ScriptTimeoutException heldNavigation) {
                if (System.nanoTime() - deadline > 0) {
                    stop(driver);
                    return false;
                }
                continue;
            }
            if (state.get(1) != null) {
                throw new PageNotLoaded("page-error.not-loaded", String.valueOf(state.get(1)));
            }
            if ("complete".equals(state.get(0))) {
                return true;
            }
            if (System.nanoTime() - deadline > 0 || !pause()) {
                stop(driver);
                return false;
            }
        }
    }

    private static void stop(WebDriver driver) {
        DialogSafeScripts.execute(driver, "window.stop(); return true;");
    }

    /** @return false when the scan is being cancelled, which ends the wait like the budget would */
    private static boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
