package nl.ketenscan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.ketenscan.crawler.Limits;
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
                "                 --partner \"Bibliotheek=https://www.bibliotheek.nl\" --out scan-2026-11",
                "  ketenscan scan --config ketenscan.yml",
                "  ketenscan scan http://localhost:8080/ --baseline .ketenscan-baseline.yml --fail-on serious \\",
                "                 --format html,json,sarif,junit --out ketenscan-report     (in CI, see docs/ci.md)",
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
    CrawlOptions crawlOptions = new CrawlOptions();

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Mixin
    GateOptions gateOptions = new GateOptions();

    @Spec
    CommandSpec spec;

    /** Every option is checked, and the baseline read, before a browser starts: a typo costs no scan. */
    @Override
    public Integer call() {
        ScanConfig planned = plan();
        Limits limits = limitOptions.applyTo(planned.limits());
        Path folder = out != null ? out : Path.of("scan-" + LocalDate.now());
        Gate gate = gateOptions.gate();
        Reports reports = formatOptions.reports(gateOptions.baseline(LocalDate.now(), spec.commandLine().getErr()));
        Crawling crawling = new Crawling(crawlOptions.userAgent(), crawlOptions.credentials(System.getenv()),
                crawlOptions.noBrowser ? null : browserOptions.settings(limits.pageBudget()));
        ChainAssessment assessment = new ScanJob(System.out, System.err).run(planned.organisations(), limits, folder, resume,
                crawling, reports);
        return GateCheck.judge(assessment, gate, reports.baseline(), spec.commandLine().getOut());
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
