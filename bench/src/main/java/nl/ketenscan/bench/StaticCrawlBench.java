package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.ScanResults;

/**
 * Scans generated sites of 1,000 and 10,000 pages in static mode ({@code --no-browser}), each in its
 * own {@code ketenscan scan} process, and prints pages per second, the process's CPU time (its own
 * cost, where pages per second on a shared machine also hold the wait for a core) and its peak
 * memory. The memory of a crawl must not grow with the site: the store is the durable frontier and
 * holds the results, the JVM only what is being worked on.
 *
 * <p>Politeness is raised for the generated site on loopback ({@code --host-rate}); a real site gets
 * the defaults.
 *
 * <p>Usage: {@code StaticCrawlBench <ketenscan launcher or jar> [small pages] [large pages]}; the
 * launcher ({@code ./ketenscan}) runs the JVM with the options users get, a jar runs with the JVM's
 * defaults.
 */
public final class StaticCrawlBench {

    private StaticCrawlBench() {
    }

    record Run(int pages, Duration scanTime, long peakRssKb, Duration cpu) {

        double pagesPerSecond() {
            return pages * 1000.0 / Math.max(1, scanTime.toMillis());
        }

        /** The whole process's CPU time (start-up and reports included) per page. */
        double cpuMillisPerPage() {
            return cpu.toMillis() / (double) Math.max(1, pages);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> ketenscan = LauncherCommand.of(args[0]);
        int small = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int large = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        List<Run> runs = new ArrayList<>();
        for (int pages : new int[] {small, large}) {
            try (GeneratedSite site = GeneratedSite.start(pages)) {
                runs.add(scan(ketenscan, site.origin() + "/", pages));
            }
        }
        System.out.printf(Locale.ROOT, "%n%-8s %8s %10s %8s %12s %10s%n", "pages", "scan s", "pages/s", "CPU s",
                "CPU ms/page", "peak RSS");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "%-8d %8.1f %10.0f %8.1f %12.2f %7d MB%n", run.pages(),
                    run.scanTime().toMillis() / 1000.0, run.pagesPerSecond(), run.cpu().toMillis() / 1000.0,
                    run.cpuMillisPerPage(), run.peakRssKb() / 1024);
        }
        Run first = runs.get(0);
        Run second = runs.get(1);
        System.out.printf(Locale.ROOT, "%npeak RSS %d vs %d pages: %.2fx   (target <= 1.10x, and <= 350 MB)%n",
                second.pages(), first.pages(), (double) second.peakRssKb() / first.peakRssKb());
        System.out.printf(Locale.ROOT, "static mode, %d pages: %.0f pages/s   (target >= 300)%n", second.pages(),
                second.pagesPerSecond());
    }

    private static Run scan(List<String> ketenscan, String seed, int pages) throws IOException, InterruptedException {
        // the scan writes only into a new or empty folder, so its stderr goes beside it
        Path dir = Files.createTempDirectory("ketenscan-static-bench-");
        Path out = dir.resolve("scan");
        Path stderr = dir.resolve("stderr.log");
        List<String> command = new ArrayList<>(ketenscan);
        command.addAll(List.of("scan", seed, "--no-browser", "--max-pages", String.valueOf(pages), "--max-depth", "1000",
                "--host-connections", "16", "--host-rate", "100000", "--out", out.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        ProcessUsage.Usage usage = ProcessUsage.watch(process);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the static scan of " + pages + " pages failed, see " + stderr);
        }
        try (ScanStore store = ScanStore.open(out)) {
            ScanResults results = store.results();
            int done = results.organisations().get(0).pages().size();
            Duration time = Duration.between(results.startedAt(), results.finishedAt());
            System.out.printf(Locale.ROOT, "%d pages in %.1f s, peak RSS %d MB (%s)%n", done, time.toMillis() / 1000.0,
                    usage.peakRssKb() / 1024, out);
            return new Run(done, time, usage.peakRssKb(), usage.cpu());
        }
    }
}
