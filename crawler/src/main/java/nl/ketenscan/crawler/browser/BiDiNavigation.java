package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.BiDiException;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.ReadinessState;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * Opens pages through WebDriver BiDi, in the window pages are checked in. Used when requests are held
 * for their credentials' headers ({@link HeaderInterceptor}): chromedriver lets a held request go on only between
 * classic commands, so a classic navigation waiting for one would never end.
 */
final class BiDiNavigation implements Navigation {

    private static final Json JSON = new Json();

    private final BrowsingContext window;
    private final Duration budget;

    BiDiNavigation(WebDriver driver, Duration budget) {
        this.window = new BrowsingContext(driver, driver.getWindowHandle());
        this.budget = budget;
    }

    @Override
    public void open(String url) {
        try {
            window.navigate(url, ReadinessState.COMPLETE, budget);
        } catch (TimeoutException slow) {
            // Selenium's own wait ended, which for a classic navigation means the driver hangs; here the
            // page is merely slow, and a driver that hangs shows on the next classic command
            throw new TimeoutException("the page did not finish loading within " + budget.toSeconds() + " s");
        } catch (BiDiException e) {
            throw asClassic(e);
        }
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
