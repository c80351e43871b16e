package nl.ketenscan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.StopReason;
import picocli.CommandLine;

/**
 * Scan folders written through the real scan store without a browser, and the command line run on
 * them, for the commands that work on earlier scans (report, baseline, diff).
 */
final class StoredScans {

    static final Organisation GEMEENTE = Organisation.of("Gemeente Proefstad", Role.GEMEENTE,
            List.of("https://www.proefstad.nl/"));
    static final Finding LOGO = finding("image-alt", "1.1.1", Impact.CRITICAL, "header > img", "<img src=\"logo.png\">");
    static final Finding CONTRAST = finding("color-contrast", "1.4.3", Impact.SERIOUS, "footer a", "<a href=\"/privacy\">Privacy</a>");
    static final Finding LABEL = finding("label", "4.1.2", Impact.CRITICAL, "#postcode", "<input id=\"postcode\">");
    static final Finding REGION = finding("region", null, Impact.MODERATE, "#cookie", "<div id=\"cookie\">");
    static final Finding BUTTON = finding("button-name", "4.1.2", Impact.CRITICAL, "#zoek", "<button id=\"zoek\"></button>");

    private StoredScans() {
    }

    static Finding finding(String rule, String criterion, Impact impact, String selector, String snippet) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, criterion == null ? List.of() : List.of(criterion), impact,
                selector, snippet, "Fix any of the following:\n  " + rule + " fails", null);
    }

    static PageResult page(String path, Finding... findings) {
        String url = "https://www.proefstad.nl/" + path;
        return new PageResult(url, url, 200, "text/html", path, "nl", null, List.of(findings), null, 10, 10, Set.of(), PageFacts.NONE);
    }

    /** Writes a finished scan of one organisation into {@code folder}. */
    static Path write(Path folder, String scanId, Instant startedAt, Organisation organisation, PageResult... pages) {
        try (ScanStore store = ScanStore.open(folder)) {
            store.begin(scanId, startedAt, "dev", "4.11.1", List.of(organisation));
            for (PageResult page : pages) {
                store.complete(new FrontierEntry(0, page.url(), 0), page, List.of());
            }
            store.finish(startedAt.plusSeconds(60), Map.of());
        }
        return folder;
    }

    /** What one run of the command line gave: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {

        /** The last line printed, where the reason for the exit code stands. */
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
