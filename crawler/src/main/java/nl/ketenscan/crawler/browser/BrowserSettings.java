package nl.ketenscan.crawler.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Which browser checks the pages, and how long one page may take.
 *
 * <p>With a {@code gridUrl} the sessions run on that Selenium Grid and {@code chrome} and
 * {@code chromedriver} are not used (they may be null); without one, both must name local programs.
 *
 * @param pageBudget how long a page may take to load, and again how long axe may take on it
 * @param gridUrl    a Selenium Grid's address such as {@code http://grid:4444}, or null for local
 * @param agent      what ketenscan calls itself, added to the browser's own User-Agent so that site owners
 *                   can tell the scan's page loads from their visitors, as they can its fetches; null
 *                   leaves the browser's User-Agent as it is
 * @param gatherScope on which pages the browser checks run
 * @param standard   the WCAG version whose axe-core rules run
 */
public record BrowserSettings(Path chrome, Path chromedriver, Duration pageBudget, String gridUrl, String agent,
                              GatherScope gatherScope, Standard standard) {

    static final List<String> CHROME_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    static final String INSTALL_HINT = "install it with: apt-get install -y chromium chromium-driver";

    /** Settings with the slow browser checks sampled on large organisations. */
    public BrowserSettings(Path chrome, Path chromedriver, Duration pageBudget, String gridUrl, String agent) {
        this(chrome, chromedriver, pageBudget, gridUrl, agent, GatherScope.SAMPLED);
    }

    /** Settings for a scan against WCAG 2.1, the Besluit's standard. */
    public BrowserSettings(Path chrome, Path chromedriver, Duration pageBudget, String gridUrl, String agent,
                           GatherScope gatherScope) {
        this(chrome, chromedriver, pageBudget, gridUrl, agent, gatherScope, Standard.WCAG21);
    }

    public BrowserSettings {
        Objects.requireNonNull(gatherScope, "gatherScope");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(pageBudget, "pageBudget");
        if (pageBudget.isNegative() || pageBudget.isZero()) {
            throw new IllegalArgumentException("the page budget must be positive, was " + pageBudget);
        }
        if (gridUrl == null) {
            Objects.requireNonNull(chrome, "chrome (needed when no Grid URL is given)");
            Objects.requireNonNull(chromedriver, "chromedriver (needed when no Grid URL is given)");
        }
    }

    /**
     * Settings for the Chromium and chromedriver found on {@code PATH}.
     *
     * @throws BrowserUnavailableException when either is missing, saying what to install
     */
    public static BrowserSettings local(Duration pageBudget) {
        return local(pageBudget, ExecutableOnPath.fromEnvironment());
    }

    static BrowserSettings local(Duration pageBudget, ExecutableOnPath path) {
        Path chrome = path.find(CHROME_NAMES).orElseThrow(() -> new BrowserUnavailableException(
                "Chromium was not found on PATH (looked for " + String.join(", ", CHROME_NAMES) + "); "
                        + INSTALL_HINT + ", or name it with --chrome"));
        Path chromedriver = path.find(List.of("chromedriver")).orElseThrow(() -> new BrowserUnavailableException(
                "chromedriver was not found on PATH; " + INSTALL_HINT + ", or name it with --chromedriver"));
        return new BrowserSettings(chrome, chromedriver, pageBudget, null, null);
    }

    /** These settings with the browser naming itself {@code agent} too. */
    public BrowserSettings withAgent(String agent) {
        return new BrowserSettings(chrome, chromedriver, pageBudget, gridUrl, agent, gatherScope, standard);
    }

    /** These settings with the browser checks on other pages. */
    public BrowserSettings withGatherScope(GatherScope scope) {
        return new BrowserSettings(chrome, chromedriver, pageBudget, gridUrl, agent, scope, standard);
    }

    /** These settings with the axe-core rules of {@code wcag}. */
    public BrowserSettings withStandard(Standard wcag) {
        return new BrowserSettings(chrome, chromedriver, pageBudget, gridUrl, agent, gatherScope, wcag);
    }

    boolean onGrid() {
        return gridUrl != null;
    }
}
