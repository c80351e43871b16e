package nl.ketenscan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import nl.ketenscan.crawler.Limits;
import nl.ketenscan.crawler.RegisterLookup;
import nl.ketenscan.crawler.ScanEngine;
import nl.ketenscan.crawler.ScanListener;
import nl.ketenscan.crawler.SeedCheck;
import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.BrowserUnavailableException;
import nl.ketenscan.crawler.browser.FormLogin;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.HostPoliteness;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.login.LoginFailedException;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.crawler.login.LoginSessions;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;

/**
 * Wires one scan from start to report: checks the seeds, starts the browsers, runs the engine into
 * the scan store and renders the reports from what the store holds. Shared by {@code scan} and
 * {@code demo}.
 */
final class ScanJob {

    /** The stored setting naming the organisations the scan logs in to, so that a resumed scan does too. */
    private static final String LOGIN_SETTING = "login";

    private final PrintStream out;
    private final PrintStream err;

    ScanJob(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Scans into {@code folder}'s store, writes {@code reports} into it, and hands back the assessment
     * reported, for the gates.
     */
    ChainAssessment run(List<Organisation> planned, ScanSettings settings, OutputFolder folder, boolean resume,
                        Crawling crawling, Reports reports) {
        return run(planned, settings, folder, resume, crawling, reports, Map.of());
    }

    /**
     * As {@link #run(List, ScanSettings, OutputFolder, boolean, Crawling, Reports)}, logging in first with
     * the organisations' {@code loginForms} (by organisation name): a login that does not work stops the
     * scan before its first page, with exit code 3.
     */
    ChainAssessment run(List<Organisation> planned, ScanSettings settings, OutputFolder folder, boolean resume,
                        Crawling crawling, Reports reports, Map<String, LoginForm> loginForms) {
        Limits limits = settings.limits();
        LanguageModels.loadInBackground();
        // the browsers are the slowest part of a start, so they start as soon as what they need is known: a new
        // scan without a login into a folder without a store at once, while the store is made and the seeds are
        // checked; otherwise once the store has named the organisations and found nothing that stops the scan;
        // a scan that logs in after the login, so that the browsers' jars start with its session
        boolean browsersWaitForLogin = !loginForms.isEmpty();
        StartingBrowsers starting = crawling.staticMode() || browsersWaitForLogin || resume || !folder.hasNoStore()
                ? null : StartingBrowsers.start(crawling, limits.browsersFor(planned.size()), crawling.credentials());
        ScanStore store;
        List<Organisation> organisations;
        LoginSessions logins;
        Fetcher fetcher;
        try {
            store = folder.store();
            organisations = organisationsFor(store, planned, resume, folder.path());
            logins = loginSessions(organisations, loginForms, crawling);
            if (resume) {
                requireLogins(store, loginForms, folder.path());
            }
            Credentials credentials = crawling.credentials().withSession(logins::cookies);
            if (starting == null && !crawling.staticMode() && !browsersWaitForLogin) {
                starting = StartingBrowsers.start(crawling, limits.browsersFor(organisations.size()), credentials);
            }
            fetcher = new Fetcher(limits.requestTimeout(), limits.maxPageBytes(), limits.maxDocumentBytes(),
                    crawling.userAgent(),
                    new HostPoliteness(limits.hostConnections(), limits.hostRequestsPerSecond()), credentials);
            checkSeeds(fetcher, organisations);
            logIn(logins);
            if (starting == null && !crawling.staticMode()) {
                starting = StartingBrowsers.start(crawling, limits.browsersFor(organisations.size()), credentials);
            }
        } catch (RuntimeException e) {
            if (starting != null) {
                starting.abandon();
            }
            throw e;
        }
        if (crawling.staticMode()) {
            begin(store, resume, ScanResults.AXE_NOT_RUN, organisations, settings, loginForms);
            return scanAndReport(store, folder, reports, register(crawling, limits),
                    progress -> ScanEngine.withoutBrowser(store, fetcher, limits, progress));
        }
        try (BrowserPool browsers = starting.await()) {
            begin(store, resume, browsers.axeVersion(), organisations, settings, loginForms);
            store.recordBrowser(browsers.browserVersion());
            return scanAndReport(store, folder, reports, register(crawling, limits),
                    progress -> new ScanEngine(store, fetcher, browsers, limits, progress, crawling.hashRoutes(), logins));
        }
    }

    /**
     * The login sessions of the organisations with a login form; each logs in through a browser of its
     * own, started as the scan's browsers are (locally or on the Grid).
     */
    private static LoginSessions loginSessions(List<Organisation> organisations, Map<String, LoginForm> loginForms,
                                               Crawling crawling) {
        Map<Integer, LoginForm> forms = new TreeMap<>();
        for (int org = 0; org < organisations.size(); org++) {
            LoginForm form = loginForms.get(organisations.get(org).name());
            if (form != null) {
                forms.put(org, form);
            }
        }
        if (forms.isEmpty()) {
            return LoginSessions.none();
        }
        if (crawling.staticMode()) {
            throw new UserError(ExitCode.USAGE, "a login form is filled in by the browser: leave out --no-browser"
                    + " to scan " + organisations.get(forms.keySet().iterator().next()).name());
        }
        BrowserSettings browser = crawling.browser().withAgent(crawling.userAgent());
        return new LoginSessions(forms, (org, form) -> {
            Organisation organisation = organisations.get(org);
            try {
                return FormLogin.logIn(browser, crawling.credentials(), Scope.of(organisation), form);
            } catch (LoginFailedException e) {
                throw new LoginFailedException("the login of " + organisation.name() + " did not work: " + e.getMessage());
            }
        });
    }

    private static void logIn(LoginSessions logins) {
        try {
            logins.logInAll();
        } catch (LoginFailedException e) {
            throw new UserError(ExitCode.CANNOT_RUN, e.getMessage());
        } catch (BrowserUnavailableException e) {
            throw new UserError(ExitCode.CANNOT_RUN, "no browser started to log in: " + e.getMessage());
        }
    }

    private static void begin(ScanStore store, boolean resume, String axeVersion, List<Organisation> organisations,
                              ScanSettings settings, Map<String, LoginForm> loginForms) {
        if (resume) {
            store.reopen();
        } else {
            store.begin(UUID.randomUUID().toString(), Instant.now(), ToolVersion.current(), axeVersion, organisations);
            Map<String, String> stored = new TreeMap<>(settings.toMap());
            List<String> loggingIn = organisations.stream().map(Organisation::name).filter(loginForms::containsKey).toList();
            if (!loggingIn.isEmpty()) {
                stored.put(LOGIN_SETTING, String.join(", ", loggingIn));
            }
            store.recordSettings(stored);
        }
    }

    /**
     * A scan that logged in must log in again when resumed: without its login form its pages would land
     * on the login page, and nothing could tell them apart from the site.
     */
    private static void requireLogins(ScanStore store, Map<String, LoginForm> loginForms, Path folder) {
        String loggedIn = store.settings().get(LOGIN_SETTING);
        if (loggedIn != null && loginForms.isEmpty()) {
            throw new UserError(ExitCode.USAGE, "the scan in " + folder + " logged in to " + loggedIn
                    + " through a login form, which a resumed scan cannot fill in without it; start a new scan"
                    + " with --config");
        }
    }

    /**
     * The register lookup after the crawl, or null with {@code --no-register}. Its fetcher is its own,
     * made without the scan's credentials: the user's headers and cookies never go to the register.
     */
    private static RegisterLookup register(Crawling crawling, Limits limits) {
        return crawling.register() == null ? null : new RegisterLookup(
                new Fetcher(limits.requestTimeout(), limits.maxPageBytes(), crawling.userAgent()), crawling.register());
    }

    private ChainAssessment scanAndReport(ScanStore store, OutputFolder folder, Reports reports,
                                      RegisterLookup register, Function<ScanListener, ScanEngine> engineFor) {
        ProgressDisplay progress = ProgressOutput.forStderr(err, System.console() != null);
        ScanEngine engine = engineFor.apply(progress);
        try (StopOnInterrupt stop = StopOnInterrupt.install(engine::stop, err)) {
            boolean complete;
            try (progress) {
                complete = scan(engine);
            }
            if (register != null) {
                register.lookUp(store);
            }
            ChainAssessment assessment = ScanFolder.assess(store);
            folder.publish(staging -> reports.write(assessment, staging, err));
            summarise(assessment, folder.path(), complete, reports);
            return assessment;
        }
    }

    private List<Organisation> organisationsFor(ScanStore store, List<Organisation> planned, boolean resume, Path folder) {
        if (resume) {
            if (!store.hasScan()) {
                throw noScanToResume(folder);
            }
            return store.organisations();
        }
        if (store.hasScan()) {
            throw new UserError(ExitCode.USAGE, folder + " already holds a scan; add --resume to continue it, "
                    + "or choose another folder with --out");
        }
        return planned;
    }

    static UserError noScanToResume(Path folder) {
        return new UserError(ExitCode.USAGE, "there is no scan to resume in " + folder + "; start one without --resume");
    }

    private void checkSeeds(Fetcher fetcher, List<Organisation> organisations) {
        SeedCheck check = SeedCheck.of(fetcher, organisations);
        if (check.noneReachable()) {
            throw new UserError(ExitCode.CANNOT_RUN, "no seed URL answered, so there is nothing to scan:\n  "
                    + String.join("\n  ", check.problems())
                    + "\nCheck the URLs, and that this machine can reach them (proxy, VPN, firewall).");
        }
        check.problems().forEach(problem -> err.println("ketenscan: not reachable, recorded as an error: " + problem));
    }

    private static boolean scan(ScanEngine engine) {
        try {
            return engine.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void summarise(ChainAssessment assessment, Path folder, boolean complete, Reports reports) {
        out.println();
        assessment.scan().notes().forEach(note -> out.println("Note: " + (note.organisation() == null ? ""
                : "[" + note.organisation() + "] ") + MessageText.english().of(note.message())));
        BaselineMatch baseline = reports.baseline();
        for (OrganisationAssessment org : assessment.organisations()) {
            out.printf("%-40s %4d pages, %4d with failures, %4d issues, %4d to review%s%n", org.name(),
                    org.counts().pages(), org.counts().pagesWithFailures(), org.counts().failed().issues(),
                    org.counts().review().issues(), baseline.inUse() ? baselineCounts(org, baseline) : "");
        }
        if (!complete) {
            out.println("The scan did not visit every page it found (stopped, --max-pages reached, or a host given up): "
                    + "the report is marked incomplete.");
        }
        out.println(reports.whereToLook(folder));
    }

    /** Proven failures only: issues to review are never new or accepted, as no gate counts them. */
    private static String baselineCounts(OrganisationAssessment org, BaselineMatch baseline) {
        int accepted = baseline.acceptedFailures(org);
        return String.format(" (%d new, %d accepted by the baseline)", org.counts().failed().issues() - accepted,
                accepted);
    }
}
