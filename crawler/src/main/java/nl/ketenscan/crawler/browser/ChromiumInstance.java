package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.HostAddresses;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * One running browser: a local headless Chromium with a throw-away profile, or a session on a Selenium
 * Grid. Ending it ends the browser's processes and deletes the profile, also when the browser crashed or
 * hangs, so a long scan leaves nothing behind.
 *
 * <p>chromedriver and Chromium are always named explicitly, which keeps Selenium Manager from ever
 * running: nothing is downloaded at run time.
 */
final class ChromiumInstance implements AutoCloseable {

    /**
     * Selenium warns at every start that it has no CDP support for this Chromium release; ketenscan does
     * not use Selenium's version-bound DevTools, only the few Chrome DevTools commands chromedriver passes
     * on itself, and a scan's output should show only what the user can act on. Held so that the level
     * survives: java.util.logging keeps loggers only weakly.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    /**
     * Beyond the page budget, which bounds loading and axe, the driver needs a little to answer; past
     * this it is taken to hang (as it does on a page whose script never yields), rather than waiting the
     * HTTP client's default three minutes.
     */
    private static final Duration DRIVER_GRACE = Duration.ofSeconds(10);

    private static final Duration EXIT_WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Navigation navigation;
    private final RequestGuard guard;

    private ChromiumInstance(WebDriver driver, ChromeDriverService service, Path profile, Navigation navigation,
                             RequestGuard guard) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.navigation = navigation;
        this.guard = guard;
    }

    /**
     * Starts a browser that sends {@code credentials} to their own hosts and keeps within the scope of
     * the page it checks ({@link RequestGuard}), host names judged by what DNS answers.
     *
     * @throws BrowserUnavailableException when the browser does not start, saying what to fix
     */
    static ChromiumInstance launch(BrowserSettings settings, Credentials credentials) {
        return launch(settings, credentials, HostAddresses.DNS);
    }

    /** As {@link #launch(BrowserSettings, Credentials)}, host names judged by {@code addresses}. */
    static ChromiumInstance launch(BrowserSettings settings, Credentials credentials, HostAddresses addresses) {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        return settings.onGrid() ? onGrid(settings, credentials, addresses) : local(settings, credentials, addresses);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} in the window pages are checked in; see {@link Navigation} for its failures. */
    void open(String url) {
        navigation.open(url);
    }

    /** The next page belongs to {@code scope}: the browser's requests are judged by it until the next. */
    void enter(Scope scope) {
        guard.enter(scope);
    }

    /** The window logs in within {@code scope}: it may send the login form there ({@link RequestGuard#enterToLogIn}). */
    void enterToLogIn(Scope scope) {
        guard.enterToLogIn(scope);
    }

    /** Why the page's window was kept from a navigation since {@link #enter}, if it was. */
    Optional<Message> blockedNavigation() {
        return guard.blockedNavigation();
    }

    /** Ends the browser politely, and by force when it no longer answers. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException noAnswer) {
            kill();
            return;
        }
        guard.close();
        if (profile != null) {
            deleteTree(profile);
        }
    }

    /**
     * Ends a browser that crashed or hangs without waiting for it to answer: chromedriver, stuck in a
     * command, would neither quit the browser nor stop when asked, and a Chromium left behind outlives
     * the scan. So this instance's chromedriver process and the processes it started are ended directly.
     */
    void kill() {
        guard.close();
        if (service == null) {
            quitOnGrid();
            return;
        }
        List<ProcessHandle> processes = new ArrayList<>();
        ProcessHandle.current().children().filter(this::isOwnDriver).forEach(driverProcess -> {
            processes.add(driverProcess);
            driverProcess.descendants().forEach(processes::add);
        });
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            awaitExit(process);
        }
        service.stop();
        deleteTree(profile);
    }

    private boolean isOwnDriver(ProcessHandle process) {
        return isDriverOf(service, process);
    }

    private static boolean isDriverOf(ChromeDriverService service, ProcessHandle process) {
        String port = "--port=" + service.getUrl().getPort();
        return process.info().arguments().map(arguments -> List.of(arguments).contains(port)).orElse(false);
    }

    private static ChromiumInstance local(BrowserSettings settings, Credentials credentials, HostAddresses addresses) {
        requireExecutable(settings.chrome(), "Chromium");
        requireExecutable(settings.chromedriver(), "chromedriver");
        Path profile = createProfile();
        ChromeOptions options = ChromiumOptions.of(settings, credentials);
        options.setBinary(settings.chrome().toFile());
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = DriverProcessGroup.serviceBuilder()
                .usingDriverExecutable(settings.chromedriver().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver;
        try {
            // started here, so the browser is watched before it starts: a scan killed while it starts leaves none
            service.start();
            ProcessHandle.current().children().filter(process -> isDriverOf(service, process))
                    .forEach(DriverProcessGroup::watch);
            driver = new ChromeDriver(service, options, clientConfig(settings));
        } catch (IOException e) {
            deleteTree(profile);
            throw new BrowserUnavailableException("chromedriver " + settings.chromedriver() + " did not start: "
                    + e.getMessage() + "; " + BrowserSettings.INSTALL_HINT, e);
        } catch (WebDriverException e) {
            service.stop();
            deleteTree(profile);
            throw new BrowserUnavailableException("Chromium " + settings.chrome() + " did not start with chromedriver "
                    + settings.chromedriver() + ": " + WebDriverFailures.summary(e)
                    + ". Both must come from the same release; " + BrowserSettings.INSTALL_HINT, e);
        }
        try {
            return guarded(driver, service, profile, settings, credentials, addresses);
        } catch (BrowserUnavailableException e) {
            driver.quit();
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    private static ChromiumInstance onGrid(BrowserSettings settings, Credentials credentials, HostAddresses addresses) {
        URL grid = gridAddress(settings.gridUrl());
        WebDriver driver;
        try {
            driver = RemoteWebDriver.builder()
                    .oneOf(ChromiumOptions.of(settings, credentials))
                    .config(clientConfig(settings).baseUrl(grid))
                    .build();
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("no Chromium session could be started on the Selenium Grid at "
                    + settings.gridUrl() + ": " + WebDriverFailures.summary(e)
                    + ". Check that the Grid runs and has a Chrome node", e);
        }
        // a remote session offers the Chrome DevTools commands the Grid passes on to chromedriver, and BiDi
        // when the capabilities the Grid answered have it, only once augmented
        WebDriver augmented = new Augmenter().augment(driver);
        try {
            return guarded(augmented, null, null, settings, credentials, addresses);
        } catch (BrowserUnavailableException e) {
            driver.quit();
            throw e;
        }
    }

    /**
     * The instance, with the credentials' cookies in its jar and every request held until it is judged
     * and given its headers.
     */
    private static ChromiumInstance guarded(WebDriver driver, ChromeDriverService service, Path profile,
                                            BrowserSettings settings, Credentials credentials, HostAddresses addresses) {
        UserAgent.announce(driver, settings.agent());
        try {
            CookieJar.fill(driver, credentials);
            BiDiNavigation navigation = new BiDiNavigation(driver, settings.pageBudget());
            RequestGuard guard = RequestGuard.start(driver, credentials, addresses, navigation::refused);
            return new ChromiumInstance(driver, service, profile, navigation, guard);
        } catch (IllegalArgumentException noBiDi) {
            throw new BrowserUnavailableException("the browser offers no WebDriver BiDi connection"
                    + (settings.onGrid() ? " through the Selenium Grid at " + settings.gridUrl() : "")
                    + ", which ketenscan needs to keep the browser inside the scope and to send credentials to"
                    + " their hosts (" + noBiDi.getMessage() + ")"
                    + (settings.onGrid() ? ". Use a Grid of ketenscan's Selenium release (4.41), or scan with a local"
                    + " Chromium" : ". Use a recent Chromium and its chromedriver"), noBiDi);
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("the browser did not let ketenscan hold its requests, which keeps"
                    + " it inside the scope: " + WebDriverFailures.summary(e), e);
        }
    }

    /** The Grid ends a session that stops answering by its own timeout, when asking fails here. */
    private void quitOnGrid() {
        try {
            driver.quit();
        } catch (WebDriverException leftToTheGrid) {
            // nothing on this machine to end; the Grid's session timeout frees the slot
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Chromium process " + process.pid() + " did not end when killed", e);
        }
    }

    private static ClientConfig clientConfig(BrowserSettings settings) {
        return ClientConfig.defaultConfig().readTimeout(settings.pageBudget().plus(DRIVER_GRACE));
    }

    private static URL gridAddress(String gridUrl) {
        try {
            return URI.create(gridUrl).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new BrowserUnavailableException("the Grid URL " + gridUrl
                    + " is not a URL; give it as http://host:4444", e);
        }
    }

    private static void requireExecutable(Path program, String name) {
        if (!Files.isExecutable(program)) {
            throw new BrowserUnavailableException(name + " was not found at " + program + "; "
                    + BrowserSettings.INSTALL_HINT);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("ketenscan-chromium-");
        } catch (IOException e) {
            throw new BrowserUnavailableException("no temporary folder for the browser profile could be created: "
                    + e.getMessage() + "; check that the temporary directory (java.io.tmpdir) is writable", e);
        }
    }

    private static void deleteTree(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(ChromiumInstance::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the browser profile " + profile, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file + " of the browser profile", e);
        }
    }
}
