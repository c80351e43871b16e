package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanResults;

/**
 * Scans a generated 200-page site with one and with two browser sessions, each in its own
 * {@code ketenscan scan} process, and prints pages per minute, where the time per page goes, the
 * process's peak memory and how many cores the scan kept busy; then with one session again, once with
 * a cookie and once with a header for the site's host, for what credentials cost. All ratios compare
 * figures measured in this same run.
 *
 * <p>The cores one session keeps busy bound what a second session can add on this machine: with two
 * cores and one session using 1.5 of them, two sessions can at most be 2 / 1.5 = 1.33 times as fast.
 * The bench prints that bound beside the scaling it measured.
 *
 * <p>Usage: {@code ThroughputBench <ketenscan launcher or jar> [pages]}; the launcher
 * ({@code ./ketenscan}) runs the JVM with the options users get.
 */
public final class ThroughputBench {

    private static final int CORES = CoresBusy.cores();

    private ThroughputBench() {
    }

    record Run(int sessions, String credentials, int pages, Duration scanTime, double loadMillis, double axeMillis,
               long peakRssKb, double coresBusy) {

        double pagesPerMinute() {
            return pages * 60_000.0 / scanTime.toMillis();
        }

        /** Wall time one session spent per page. */
        double millisPerPage() {
            return (double) scanTime.toMillis() * sessions / pages;
        }

        /** How much more than page load plus axe.run a page costs: the engine's own overhead. */
        double overhead() {
            return millisPerPage() / (loadMillis + axeMillis);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> ketenscan = LauncherCommand.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<Run> runs = new ArrayList<>();
        try (GeneratedSite site = GeneratedSite.start(pages)) {
            for (int sessions : new int[] {1, 2}) {
                runs.add(scan(ketenscan, site.origin() + "/", pages, sessions, "none", Map.of()));
            }
            // credentials for the site's host: the browser starts BiDi, a cookie goes into its jar and a
            // header is added to each of the host's requests, held for one round trip
            runs.add(scan(ketenscan, site.origin() + "/", pages, 1, "cookie", Map.of("KETENSCAN_COOKIES", "127.0.0.1 sessie=bench")));
            runs.add(scan(ketenscan, site.origin() + "/", pages, 1, "header", Map.of("KETENSCAN_HEADERS", "127.0.0.1 X-Bench: 1")));
        }
        System.out.printf(Locale.ROOT, "%n%-9s %-12s %6s %9s %10s %10s %10s %10s %10s %11s%n", "sessions",
                "credentials", "pages", "pages/min", "ms/page", "load ms", "axe ms", "overhead", "peak RSS", "cores busy");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "%-9d %-12s %6d %9.0f %10.0f %10.0f %10.0f %9.2fx %7d MB %8.2f/%d%n",
                    run.sessions(), run.credentials(), run.pages(), run.pagesPerMinute(), run.millisPerPage(),
                    run.loadMillis(), run.axeMillis(), run.overhead(), run.peakRssKb() / 1024, run.coresBusy(), CORES);
        }
        Run one = runs.get(0);
        Run two = runs.get(1);
        System.out.printf(Locale.ROOT, "%nwith credentials, 1 session: cookie %.2fx, header %.2fx the pages/min without%n",
                runs.get(2).pagesPerMinute() / one.pagesPerMinute(), runs.get(3).pagesPerMinute() / one.pagesPerMinute());
        System.out.printf(Locale.ROOT, "%nscaling 2 vs 1 session: %.2fx   (target >= 1.7x; at most %.2fx on %d cores,"
                        + " where one session keeps %.2f busy)%n",
                two.pagesPerMinute() / one.pagesPerMinute(), CORES / one.coresBusy(), CORES, one.coresBusy());
        System.out.printf(Locale.ROOT, "2 sessions: %.0f pages/min      (target >= 200)%n", two.pagesPerMinute());
        System.out.printf(Locale.ROOT, "per-page time vs load + axe.run: %.2fx (1 session), %.2fx (2 sessions)"
                + "   (target <= 1.25x)%n", one.overhead(), two.overhead());
    }

    private static Run scan(List<String> ketenscan, String seed, int pages, int sessions, String credentials,
                            Map<String, String> environment) throws IOException, InterruptedException {
        return scan(ketenscan, seed, pages, sessions, credentials, environment, List.of()).run();
    }

    /** A finished scan's figures, and the store it left, for benches that look further into it. */
    record Scanned(Run run, Path folder) {
    }

    /** @param options more options for {@code ketenscan scan}, e.g. {@code --browser-checks none} */
    static Scanned scan(List<String> ketenscan, String seed, int pages, int sessions, String credentials,
                        Map<String, String> environment, List<String> options) throws IOException, InterruptedException {
        // the scan gets a folder of its own: ketenscan refuses a folder holding files it did not write
        Path bench = Files.createTempDirectory("ketenscan-bench-");
        Path out = bench.resolve("scan");
        List<String> command = new ArrayList<>(ketenscan);
        command.addAll(List.of("scan", seed, "--browsers", String.valueOf(sessions), "--max-pages", String.valueOf(pages),
                // the generated site is ours: measure the engine, not the politeness towards a real host
                "--host-rate", "1000", "--host-connections", "16",
                "--out", out.toString()));
        command.addAll(options);
        ProcessBuilder scan = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(bench.resolve("stderr.log").toFile());
        scan.environment().putAll(environment);
        CoresBusy before = CoresBusy.now();
        Process process = scan.start();
        long peak = ProcessUsage.watch(process).peakRssKb();
        double coresBusy = CoresBusy.now().since(before);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the scan with " + sessions + " sessions failed, see " + bench.resolve("stderr.log"));
        }
        try (ScanStore store = ScanStore.open(out)) {
            ScanResults results = store.results();
            List<PageResult> checked = results.organisations().get(0).pages().stream()
                    .filter(page -> page.loadMillis() > 0)
                    .toList();
            double load = checked.stream().mapToLong(PageResult::loadMillis).average().orElse(0);
            double axe = checked.stream().mapToLong(PageResult::checkMillis).average().orElse(0);
            int done = results.organisations().get(0).pages().size();
            Duration time = Duration.between(results.startedAt(), results.finishedAt());
            System.out.printf(Locale.ROOT, "%d session(s), credentials %s: %d pages in %.1f s%n", sessions, credentials,
                    done, time.toMillis() / 1000.0);
            return new Scanned(new Run(sessions, credentials, done, time, load, axe, peak, coresBusy), out);
        }
    }
}
