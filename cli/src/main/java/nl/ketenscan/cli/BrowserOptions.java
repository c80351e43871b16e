package nl.ketenscan.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import nl.ketenscan.crawler.BrowserCheckPages;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import picocli.CommandLine.Option;

/** Where the browser sessions run: a local Chromium and chromedriver, found on PATH unless given, or a Selenium Grid. */
final class BrowserOptions {

    @Option(names = "--chrome", paramLabel = "PATH", description = "Chromium executable (default: chromium on PATH).")
    Path chrome;

    @Option(names = "--chromedriver", paramLabel = "PATH", description = "chromedriver executable (default: on PATH).")
    Path chromedriver;

    /** The option that runs the slow browser checks on every page of a large organisation too. */
    static final String EVERY_CHECK_ON_EVERY_PAGE = "--every-check-on-every-page";

    @Option(names = EVERY_CHECK_ON_EVERY_PAGE, description = "Run the slow browser checks (reflow, zoom, text "
            + "spacing, orientation) on every page. By default an organisation of more than "
            + BrowserCheckPages.EVERY_PAGE_UP_TO + " pages gets them on its WCAG-EM sample pages and one page per "
            + "layout; results.json says per page which ran.")
    boolean everyCheckOnEveryPage;

    @Option(names = "--grid", paramLabel = "URL", description = "Run the browser sessions on this Selenium Grid, "
            + "e.g. http://grid:4444; Chromium is then not needed on this machine.")
    String grid;

    BrowserSettings settings(Duration pageBudget) {
        return where(pageBudget).withSlowChecksOnEveryPage(everyCheckOnEveryPage);
    }

    private BrowserSettings where(Duration pageBudget) {
        if (grid != null) {
            return onGrid(pageBudget);
        }
        try {
            BrowserSettings found = BrowserSettings.local(pageBudget);
            return new BrowserSettings(chrome != null ? chrome : found.chrome(),
                    chromedriver != null ? chromedriver : found.chromedriver(), pageBudget, null, null);
        } catch (BrowserUnavailableException e) {
            if (chrome != null && chromedriver != null) {
                return new BrowserSettings(chrome, chromedriver, pageBudget, null, null);
            }
            throw new UserError(ExitCode.CANNOT_RUN, e.getMessage());
        }
    }

    /** Checked here, before any page is fetched, so that a mistyped address costs no scan. */
    private BrowserSettings onGrid(Duration pageBudget) {
        if (chrome != null || chromedriver != null) {
            throw new UserError(ExitCode.USAGE, "--grid runs the browsers on the Grid, so --chrome and --chromedriver "
                    + "do not apply; give either --grid or those");
        }
        URI uri;
        try {
            uri = new URI(grid);
        } catch (URISyntaxException e) {
            throw new UserError(ExitCode.USAGE, "--grid '" + grid + "' is not a valid URL (" + e.getReason()
                    + "); give the Grid's address like http://grid:4444");
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null) {
            throw new UserError(ExitCode.USAGE, "--grid '" + grid + "' is not an http(s) address with a host name; "
                    + "give the Grid's address like http://grid:4444");
        }
        return new BrowserSettings(null, null, pageBudget, grid, null);
    }
}
