package nl.ketenscan.crawler.browser;

import nl.ketenscan.crawler.crawl.Credentials;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeOptions;

/** How ketenscan starts Chromium, locally and on a Grid alike. */
final class ChromiumOptions {

    private ChromiumOptions() {
    }

    /**
     * The flags that let Chromium run headless in containers and CI, and quiet in the background. The
     * second group turns off what a browser does beside showing pages (extensions, phishing classifier,
     * translation, back/forward cache, history and cache on disk through an incognito window): on two
     * cores that work competed with the pages of the other sessions, and leaving it out cut the CPU time
     * per page by a sixth with the same findings. Cookies given for a login go into the default profile's
     * jar through BiDi, which an incognito window does not read, so with cookies the window is a normal
     * one. BiDi ({@code webSocketUrl}) always: every request the browser makes is held until it is judged
     * ({@link RequestGuard}), so pages load through {@link BiDiNavigation}, and chromedriver does not wait
     * for navigations itself, which would hold up the BiDi command that lets a held request go on. Media
     * may play without a gesture, as the page asks, so that sound starting by itself is seen (WCAG 1.4.2)
     * rather than left to the browser's own blocking, which a visitor's browser lifts once they used the
     * site; {@code --mute-audio} keeps the machine quiet.
     */
    static ChromeOptions of(BrowserSettings settings, Credentials credentials) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024");
        options.addArguments("--disable-extensions", "--disable-client-side-phishing-detection",
                "--disable-breakpad", "--disable-default-apps", "--disable-domain-reliability",
                "--disable-hang-monitor", "--metrics-recording-only", "--mute-audio", "--autoplay-policy=no-user-gesture-required",
                "--password-store=basic",
                "--disable-features=Translate,OptimizationHints,MediaRouter,BackForwardCache,"
                        + "InterestFeedContentSuggestions,AutofillServerCommunication,"
                        + "CertificateTransparencyComponentUpdater");
        if (credentials.cookies().stream().noneMatch(Credentials.Cookie::fitsAJar)) {
            options.addArguments("--incognito");
        }
        options.setPageLoadStrategy(PageLoadStrategy.NONE);
        options.setPageLoadTimeout(settings.pageBudget());
        options.setScriptTimeout(settings.pageBudget());
        // a dialog left open would block every later command on the page
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS);
        options.enableBiDi();
        return options;
    }
}
