package nl.ketenscan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.ketenscan.cli.demo.DemoChain;
import nl.ketenscan.crawler.Limits;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.rules.criteria.Standard;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.Organisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ketenscan demo}: serve the bundled sample chain on loopback and scan it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
                "Scan a bundled sample chain on 127.0.0.1: the first thing to run.",
                "Serves Gemeente Lindeveen, Bibliotheek Lindeveen and Welzijn Lindeveen (about 40 pages"
                        + " with planted accessibility defects) and scans them: a full report in under a minute.",
                ""})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the demo's report (default: ketenscan-demo).")
    Path out = Path.of("ketenscan-demo");

    @Mixin
    BrowserOptions browserOptions = new BrowserOptions();

    @Mixin
    StandardOption standardOption = new StandardOption();

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Override
    public Integer call() {
        Limits limits = Limits.defaults();
        try (DemoChain chain = DemoChain.start()) {
            List<Organisation> organisations = chain.sites().stream()
                    .map(site -> Organisation.of(site.name(), site.role(), List.of(site.origin() + "/")))
                    .toList();
            System.err.println("ketenscan: serving the demo chain on loopback:");
            chain.sites().forEach(site -> System.err.printf("  %-24s %s/%n", site.name(), site.origin()));
            try (OutputFolder folder = OutputFolder.claim(out)) {
                // a new demo run replaces the previous one's scan and the files it wrote, nothing else
                folder.forgetScan();
                Standard standard = standardOption.standard();
                new ScanJob(System.out, System.err).run(organisations,
                        new ScanSettings(limits, false, HashRoutes.AUTO, standard), folder, false,
                        Crawling.withBrowser(browserOptions.settings(limits.pageBudget()).withStandard(standard))
                                .withRegister(chain.register()),
                        formatOptions.reports(BaselineMatch.NONE));
            }
            return ExitCode.FINISHED;
        }
    }
}
