package nl.ketenscan.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import nl.ketenscan.crawler.BrowserCheckPages;
import nl.ketenscan.crawler.browser.BrowserCapacity;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import nl.ketenscan.crawler.browser.GatherScope;
import picocli.CommandLine.Option;

/** Where the browser sessions run: a local Chromium and chromedriver, found on PATH unless given, or a Selenium Grid. */
final class BrowserOptions {

    @Option(names = "--chrome", paramLabel = "PATH", description = "Chromium executable (default: chromium on PATH).")
    Path chrome;

    @Option(names = "--chromedriver", paramLabel = "PATH", description = "chromedriver executable (default: on PATH).")
    Path chromedriver;

    /** The option that says on which pages the browser checks run. */
    static final String BROWSER_CHECKS = "--browser-checks";

    @Option(names = BROWSER_CHECKS, paramLabel = "PAGES", description = "Where the browser checks run beside axe: "
            + "sampled (default: every check on every page of an organisation of up to " + BrowserCheckPages.EVERY_PAGE_UP_TO
            + " pages; above that the slow ones, reflow, zoom, text spacing, orientation, the keyboard walk and hover content,"
            + " on its WCAG-EM sample pages and one page per layout), every-page, or none. results.json and the report"
            + " say per page which ran; a criterion only browser checks test stays manual-only where they did not.")
    String browserChecks = "sampled";

    @Option(names = "--grid", paramLabel = "URL", description = "Run the browser sessions on this Selenium Grid, "
            + "e.g. http://grid:4444; Chromium is then not needed on this machine.")
    String grid;

    BrowserSettings settings(Duration pageBudget) {
        return where(pageBudget).withGatherScope(gatherScope());
    }

    private GatherScope gatherScope() {
        return switch (browserChecks) {
            case "sampled" -> GatherScope.SAMPLED;
            case "every-page" -> GatherScope.EVERY_PAGE;
            case "none" -> GatherScope.NONE;
            default -> throw new UserError(ExitCode.USAGE, BROWSER_CHECKS + " " + browserChecks
                    + " is not a choice; use sampled, every-page or none");
        };
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

    /**
     * More sessions than the machine (or the Grid) holds would not scan faster, only swap or queue until
     * the page budget ends them; refused before anything starts.
     *
     * @throws UserError with exit code 2 saying how many it holds and why
     */
    void requireRoomFor(int sessions) {
        if (grid != null) {
            OptionalInt slots = BrowserCapacity.onGrid(grid);
            // a Grid that reports no slots may add nodes on demand: it decides then
            if (slots.isPresent() && slots.getAsInt() > 0 && sessions > slots.getAsInt()) {
                throw new UserError(ExitCode.USAGE, "--browsers " + sessions + " is more than the Selenium Grid at " + grid
                        + " holds: it has " + slots.getAsInt() + " Chrome slots; give --browsers " + slots.getAsInt()
                        + " or fewer, or add nodes to the Grid");
            }
            return;
        }
        BrowserCapacity.Local local = BrowserCapacity.local();
        if (sessions > local.sessions()) {
            throw new UserError(ExitCode.USAGE, "--browsers " + sessions + " is more than this machine holds: at most "
                    + local.sessions() + " (" + local.reason() + "); give --browsers " + local.sessions()
                    + " or fewer, or run the sessions on a Selenium Grid with --grid");
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
