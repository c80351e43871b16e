package nl.ketenscan.cli;

import java.util.Objects;

import nl.ketenscan.crawler.RegisterLookup;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.HashRoutes;

/**
 * How one scan fetches and checks pages.
 *
 * @param userAgent   what the crawler calls itself, with a contact when the user gave one
 * @param credentials headers and cookies for pages behind a login; never stored or printed
 * @param browser     the browser that checks pages, or null for the static mode ({@code --no-browser})
 * @param hashRoutes  which fragments of the rendered pages' links are pages of their own ({@code --hash-routes})
 * @param register    the register of statements whose entries are read after the crawl; null with
 *                    {@code --no-register}
 */
record Crawling(String userAgent, Credentials credentials, BrowserSettings browser, HashRoutes hashRoutes,
                String register) {

    /** What the crawler calls itself when no contact was given. */
    static final String USER_AGENT = "Mozilla/5.0 (compatible; ketenscan/" + ToolVersion.current()
            + "; accessibility audit)";

    Crawling {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(hashRoutes, "hashRoutes");
    }

    /** A scan with the browser, without credentials, as the demo runs. */
    static Crawling withBrowser(BrowserSettings browser) {
        return new Crawling(USER_AGENT, Credentials.none(), Objects.requireNonNull(browser, "browser"),
                HashRoutes.AUTO);
    }

    /** Reads the public register after the crawl, as by default. */
    Crawling(String userAgent, Credentials credentials, BrowserSettings browser, HashRoutes hashRoutes) {
        this(userAgent, credentials, browser, hashRoutes, RegisterLookup.address());
    }

    /** The same scan, reading the statements' register entries at {@code register} (the demo's stand-in). */
    Crawling withRegister(String register) {
        return new Crawling(userAgent, credentials, browser, hashRoutes, register);
    }

    boolean staticMode() {
        return browser == null;
    }
}
