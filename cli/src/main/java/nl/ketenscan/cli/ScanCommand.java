package nl.ketenscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.ketenscan.crawler.Limits;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.crawler.RegisterLookup;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.gates.Gate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ketenscan scan}: crawl and check the organisations given on the command line or in a config file. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {
                "Crawl and check one or more organisations' websites and write the report.",
                "",
                "  ketenscan scan https://www.gemeente.nl",
                "  ketenscan scan --gemeente \"Gemeente Helmond=https://www.helmond.nl\" \\",
                "      --partner \"Bibliotheek=https://www.bibliotheek.nl\" --out scan-2026-11",
                "  ketenscan scan --config ketenscan.yml",
                "  ketenscan scan http://localhost:8080/ --baseline .ketenscan-baseline.yml \\",
                "      --fail-on serious --format html,json,sarif,junit --out ketenscan-report",
                "  (the last one in CI: see docs/ci.md)",
                ""})
final class ScanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL", arity = "0..*",
            description = "Seed URLs of a single organisation (named after the first URL's host).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--gemeente", paramLabel = "NAME=URL", description = "The municipality, e.g. \"Gemeente Helmond=https://www.helmond.nl\".")
    String gemeente;

    @Option(names = "--partner", paramLabel = "NAME=URL", description = "A chain partner; repeat for each partner.")
    List<String> partners = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "A ketenscan.yml listing organisations and limits (see docs/config.md).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for scan.db, results.json and the report (default: scan-<date>).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted scan in --out without redoing finished pages.")
    boolean resume;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    BrowserOptions browserOptions = new BrowserOptions();

    @Mixin
    StandardOption standardOption = new StandardOption();

    @Mixin
    CrawlOptions crawlOptions = new CrawlOptions();

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Mixin
    GateOptions gateOptions = new GateOptions();

    @Spec
    CommandSpec spec;

    /**
     * Every option is checked, and the baseline read, before a browser starts: a typo costs no scan. A
     * resumed scan goes on with the settings and organisations it started with.
     */
    @Override
    public Integer call() {
        ScanConfig planned = plan();
        Path path = out != null ? out : Path.of("scan-" + LocalDate.now());
        Gate gate = gateOptions.gate();
        Reports reports = formatOptions.reports(gateOptions.baseline(LocalDate.now(), spec.commandLine().getErr()));
        if (resume && !Files.isRegularFile(path.resolve("scan.db"))) {
            // checked before claiming the folder, which would create it when mistyped
            throw ScanJob.noScanToResume(path);
        }
        ScanSettings requested = new ScanSettings(limitOptions.applyTo(planned.limits()), crawlOptions.noBrowser,
                crawlOptions.hashRoutesOr(HashRoutes.AUTO), standardOption.standard());
        // a new scan's options are all checked before its folder is made; a resumed scan's settings are its store's
        Crawling newScan = resume ? null : crawling(requested);
        ChainAssessment assessment;
        try (OutputFolder folder = OutputFolder.claim(path)) {
            ScanSettings settings = resume ? resumed(folder, planned) : requested;
            assessment = new ScanJob(System.out, System.err).run(planned.organisations(), settings, folder, resume,
                    resume ? crawling(settings) : newScan, reports, planned.logins());
        }
        return GateCheck.judge(assessment, gate, reports.baseline(), spec.commandLine().getOut());
    }

    private Crawling crawling(ScanSettings settings) {
        if (!settings.staticMode()) {
            browserOptions.requireRoomFor(settings.limits().browsers());
        }
        return new Crawling(crawlOptions.userAgent(), crawlOptions.credentials(System.getenv()),
                settings.staticMode() ? null
                        : browserOptions.settings(settings.limits().pageBudget()).withStandard(settings.standard()),
                settings.hashRoutes(), crawlOptions.noRegister ? null : RegisterLookup.address());
    }

    /**
     * The settings the scan in {@code folder} started with; the organisations and limits given again (on the
     * command line or in a config file) must be those, or the resumed scan would not be the scan started.
     */
    private ScanSettings resumed(OutputFolder folder, ScanConfig planned) {
        ScanStore store = folder.store();
        if (!store.hasScan()) {
            throw ScanJob.noScanToResume(folder.path());
        }
        boolean organisationsGiven = config != null || !planned.organisations().isEmpty();
        if (organisationsGiven && !planned.organisations().equals(store.organisations())) {
            throw new UserError(ExitCode.USAGE, "the organisations given differ from those of the scan being resumed;"
                    + " a resumed scan covers what it started with: leave them out with --resume");
        }
        Optional<ScanSettings> stored = ScanSettings.fromMap(store.settings());
        if (stored.isEmpty()) {
            // a store of an earlier ketenscan, which did not keep its settings
            return new ScanSettings(limitOptions.applyTo(planned.limits()), crawlOptions.noBrowser,
                    crawlOptions.hashRoutesOr(HashRoutes.AUTO), standardOption.standard());
        }
        Limits given = limitOptions.applyTo(config != null ? planned.limits() : stored.get().limits());
        List<String> differences = stored.get().differencesFrom(
                new ScanSettings(given, crawlOptions.noBrowser || stored.get().staticMode(),
                        crawlOptions.hashRoutesOr(stored.get().hashRoutes()),
                        standardOption.given() ? standardOption.standard() : stored.get().standard()));
        if (!differences.isEmpty()) {
            throw new UserError(ExitCode.USAGE, "the scan being resumed was started with " + String.join(", ", differences)
                    + "; a resumed scan goes on with the settings it started with: leave these options out");
        }
        return stored.get();
    }

    private ScanConfig plan() {
        boolean onCommandLine = !urls.isEmpty() || gemeente != null || !partners.isEmpty();
        if (config != null && onCommandLine) {
            throw new UserError(ExitCode.USAGE, "give organisations either with --config or on the command line, not both");
        }
        if (config != null) {
            try {
                return ConfigLoader.load(config);
            } catch (ConfigException e) {
                throw new UserError(ExitCode.USAGE, e.getMessage());
            }
        }
        if (!onCommandLine && !resume) {
            throw new UserError(ExitCode.USAGE,
                    "nothing to scan: give a URL, --gemeente/--partner, or --config FILE (try: ketenscan demo)");
        }
        try {
            List<Organisation> organisations = new ArrayList<>();
            if (!urls.isEmpty()) {
                urls.forEach(SeedUrl::parse);
                organisations.add(Organisation.of(SeedUrl.siteName(SeedUrl.parse(urls.get(0))), Role.GEMEENTE, urls));
            }
            if (gemeente != null) {
                organisations.add(ConfigLoader.parseOrganisationArgument(gemeente, Role.GEMEENTE));
            }
            for (String partner : partners) {
                organisations.add(ConfigLoader.parseOrganisationArgument(partner, Role.KETENPARTNER));
            }
            return new ScanConfig(organisations, Limits.defaults());
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }
}
