package nl.ketenscan.cli;

import java.nio.file.Path;
import java.time.Duration;

import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import picocli.CommandLine.Option;

/** Where Chromium and chromedriver are; found on PATH unless given. */
final class BrowserOptions {

    @Option(names = "--chrome", paramLabel = "PATH", description = "Chromium executable (default: chromium on PATH).")
    Path chrome;

    @Option(names = "--chromedriver", paramLabel = "PATH", description = "chromedriver executable (default: on PATH).")
    Path chromedriver;

    BrowserSettings settings(Duration pageBudget) {
        try {
            BrowserSettings found = BrowserSettings.local(pageBudget);
            return new BrowserSettings(chrome != null ? chrome : found.chrome(),
                    chromedriver != null ? chromedriver : found.chromedriver(), pageBudget, null);
        } catch (BrowserUnavailableException e) {
            if (chrome != null && chromedriver != null) {
                return new BrowserSettings(chrome, chromedriver, pageBudget, null);
            }
            throw new UserError(ExitCode.CANNOT_RUN, e.getMessage());
        }
    }
}
