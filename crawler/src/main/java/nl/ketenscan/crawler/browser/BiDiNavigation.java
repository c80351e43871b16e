package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.BiDiException;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.ReadinessState;
import org.openqa.selenium.bidi.module.BrowsingContextInspector;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * Opens pages through WebDriver BiDi, in the window pages are checked in. Every request is held until
 * it is judged ({@link RequestGuard}), and chromedriver lets a held request go on only between classic
 * commands, so a classic navigation waiting for one would never end.
 */
final class BiDiNavigation implements Navigation {

    private static final Json JSON = new Json();
    /**
     * How chromium-bidi ends a navigation the page replaced by one of its own (a script while it
     * loads): the page goes on loading, as after a classic navigation, and is waited for.
     */
    private static final String CONCURRENT = "navigation canceled by concurrent navigation";

    private final BrowsingContext window;
    private final Duration budget;
    /**
     * The addresses of the pages loaded in the window, as BiDi reports them, and {@link #REFUSED} when
     * the navigation the window waits for was refused.
     */
    private final BlockingQueue<String> loaded = new LinkedBlockingQueue<>();
    private static final String REFUSED = "";

    BiDiNavigation(WebDriver driver, Duration budget) {
        String handle = driver.getWindowHandle();
        this.window = new BrowsingContext(driver, handle);
        this.budget = budget;
        new BrowsingContextInspector(handle, driver).onBrowsingContextLoaded(page -> loaded.offer(page.getUrl()));
    }

    @Override
    public void open(String url) {
        long deadline = System.nanoTime() + budget.toNanos();
        loaded.clear();
        try {
            window.navigate(url, ReadinessState.COMPLETE, budget);
        } catch (TimeoutException slow) {
            throw pageTooSlow();
        } catch (BiDiException e) {
            if (!String.valueOf(e.getMessage()).contains(CONCURRENT)) {
                throw asClassic(e);
            }
            awaitLoad(deadline);
        }
    }

    /**
     * Ends a wait for the window's page: the navigation that replaced it was refused, and the error page
     * that took its place need not be waited for.
     */
    void refused() {
        loaded.offer(REFUSED);
    }

    /**
     * Waits for the page that replaced the one asked for, through BiDi: a classic command now could
     * wait for ever on its request, held for credentials.
     */
    private void awaitLoad(long deadline) {
        try {
            if (loaded.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) == null) {
                throw pageTooSlow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw pageTooSlow();
        }
    }

    /**
     * When Selenium's own wait ends, which for a classic navigation means the driver hangs; here the page
     * is merely slow, and a driver that hangs shows on the next classic command.
     */
    private TimeoutException pageTooSlow() {
        return new TimeoutException("the page did not finish loading within " + budget.toSeconds() + " s");
    }

    /**
     * A BiDi error, whose message is the protocol's JSON with the browser's stack trace, worded on one
     * line as classic WebDriver words it, e.g. {@code unknown error: net::ERR_CONNECTION_REFUSED}.
     */
    private static WebDriverException asClassic(BiDiException e) {
        Map<?, ?> error;
        try {
            error = JSON.toType(e.getMessage(), Map.class);
        } catch (JsonException | IllegalArgumentException notAnError) {
            return e;
        }
        if (error == null || !(error.get("error") instanceof String kind)) {
            return e;
        }
        String message = kind + ": " + error.get("message");
        return kind.equals("invalid argument") ? new InvalidArgumentException(message) : new WebDriverException(message, e);
    }
}
