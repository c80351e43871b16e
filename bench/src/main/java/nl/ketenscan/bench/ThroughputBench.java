package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanResults;

/**
 * Scans a generated 200-page site with one and with two browser sessions, each in its own
 * {@code ketenscan scan} process, and prints pages per minute, where the time per page goes, and
 * the process's peak memory. All ratios compare figures measured in this same run.
 *
 * <p>Usage: {@code ThroughputBench <ketenscan.jar> [pages]}
 */
public final class ThroughputBench {

    private ThroughputBench() {
    }

    record Run(int sessions, int pages, Duration scanTime, double loadMillis, double axeMillis, long peakRssKb) {

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
        Path jar = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<Run> runs = new ArrayList<>();
        try (GeneratedSite site = GeneratedSite.start(pages)) {
            for (int sessions : new int[] {1, 2}) {
                runs.add(scan(jar, site.origin() + "/", pages, sessions));
            }
        }
        System.out.printf(Locale.ROOT, "%n%-9s %6s %9s %10s %10s %10s %10s %10s%n", "sessions", "pages",
                "pages/min", "ms/page", "load ms", "axe ms", "overhead", "peak RSS");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "%-9d %6d %9.0f %10.0f %10.0f %10.0f %9.2fx %7d MB%n", run.sessions(),
                    run.pages(), run.pagesPerMinute(), run.millisPerPage(), run.loadMillis(), run.axeMillis(),
                    run.overhead(), run.peakRssKb() / 1024);
        }
        Run one = runs.get(0);
        Run two = runs.get(1);
        System.out.printf(Locale.ROOT, "%nscaling 2 vs 1 session: %.2fx   (target >= 1.7x)%n",
                two.pagesPerMinute() / one.pagesPerMinute());
        System.out.printf(Locale.ROOT, "2 sessions: %.0f pages/min      (target >= 200)%n", two.pagesPerMinute());
        System.out.printf(Locale.ROOT, "per-page time vs load + axe.run: %.2fx (1 session), %.2fx (2 sessions)"
                + "   (target <= 1.25x)%n", one.overhead(), two.overhead());
    }

    private static Run scan(Path jar, String seed, int pages, int sessions) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("ketenscan-bench-");
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "scan", seed,
                "--browsers", String.valueOf(sessions), "--max-pages", String.valueOf(pages),
                // the generated site is ours: measure the engine, not the politeness towards a real host
                "--host-rate", "1000", "--host-connections", "16",
                "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out.resolve("stderr.log").toFile())
                .start();
        long peak = ProcessUsage.watch(process).peakRssKb();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the scan with " + sessions + " sessions failed, see " + out.resolve("stderr.log"));
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
            System.out.printf(Locale.ROOT, "%d session(s): %d pages in %.1f s%n", sessions, done, time.toMillis() / 1000.0);
            return new Run(sessions, done, time, load, axe, peak);
        }
    }
}
