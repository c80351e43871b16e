package nl.ketenscan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a small scan costs from start to exit, the merge-request gate's case: in one run, and taking turns
 * so that the machine's load falls on each alike, a bare headless Chromium dumping one page of a loopback
 * site, and {@code ketenscan scan} of that site with default options at {@code --max-pages 1} and
 * {@code 5}, each as its own process. Prints per kind the median wall time, the time to the first
 * finished page (the progress line the scan prints for it on stderr), the time from the scan's last line
 * on stdout (its summary, written after the reports) to the process's exit, and the 1-page scan's ratio
 * to the bare dump (target: at most 3).
 *
 * <p>Usage: {@code StartupBench <ketenscan launcher or jar>[,<another>…] [rounds, default 5] [chromium]}.
 * With several launchers (this build's and another's), each takes its turn in every round, so their
 * figures compare within one run.
 */
public final class StartupBench {

    /** A progress line for a finished page, as {@code LogLines} prints it: {@code [org] 1/4 http://…}. */
    private static final Pattern PAGE_DONE = Pattern.compile("\\d+/\\d+ https?://");

    private StartupBench() {
    }

    /**
     * One process's timings, in milliseconds from its start.
     *
     * @param firstPage when the first page was reported done; -1 when none was (the bare dump)
     * @param lastOut   when the process wrote its last line on stdout; -1 when it wrote none
     */
    record Timing(long wall, long firstPage, long lastOut, List<String> errLines) {

        long exitTail() {
            return lastOut < 0 ? -1 : wall - lastOut;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> launchers = List.of(args[0].split(","));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String chromium = args.length > 2 ? args[2] : "chromium";
        List<Timing> dumps = new ArrayList<>();
        Map<String, List<Timing>> scans = new LinkedHashMap<>();
        try (GeneratedSite site = GeneratedSite.start(20)) {
            String seed = site.origin() + "/";
            // one of each first, unmeasured: the page cache holds the jar, Chromium and the JDK afterwards, as on a
            // machine that runs these daily
            dump(chromium, seed);
            for (String launcher : launchers) {
                scan(LauncherCommand.of(launcher), seed, 1);
            }
            for (int round = 0; round < rounds; round++) {
                dumps.add(dump(chromium, seed));
                StringBuilder line = new StringBuilder("round " + (round + 1) + ": dump " + dumps.get(round).wall() + " ms");
                for (String launcher : launchers) {
                    for (int pages : new int[] {1, 5}) {
                        Timing timing = scan(LauncherCommand.of(launcher), seed, pages);
                        scans.computeIfAbsent(kind(launcher, pages, launchers.size()), k -> new ArrayList<>()).add(timing);
                        line.append(", ").append(kind(launcher, pages, launchers.size())).append(' ')
                                .append(timing.wall()).append(" ms");
                    }
                }
                System.out.println(line);
            }
        }
        System.out.printf(Locale.ROOT, "%n%-40s %8s %8s %12s %14s%n", "median of " + rounds, "wall ms", "ratio",
                "first page", "exit after out");
        long dump = median(dumps, Timing::wall);
        print("chromium --dump-dom", dumps, dump);
        scans.forEach((kind, timings) -> print(kind, timings, dump));
        for (String launcher : launchers) {
            System.out.printf(Locale.ROOT, "%n%s: 1-page scan / bare dump: %.2fx   (target <= 3x)%n", launcher,
                    (double) median(scans.get(kind(launcher, 1, launchers.size())), Timing::wall) / dump);
        }
    }

    private static String kind(String launcher, int pages, int launchers) {
        return (launchers > 1 ? launcher + " " : "") + "scan --max-pages " + pages;
    }

    private static void print(String kind, List<Timing> timings, long dump) {
        long wall = median(timings, Timing::wall);
        long firstPage = median(timings, Timing::firstPage);
        long tail = median(timings, Timing::exitTail);
        System.out.printf(Locale.ROOT, "%-40s %8d %7.2fx %9s ms %11s ms%n", kind, wall, (double) wall / dump,
                firstPage < 0 ? "-" : String.valueOf(firstPage), tail < 0 ? "-" : String.valueOf(tail));
    }

    /** The bare browser: start, load the page, print its DOM, exit. */
    private static Timing dump(String chromium, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("ketenscan-bench-chromium-");
        try {
            return run(List.of(chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--dump-dom", url), line -> false);
        } finally {
            deleteTree(profile);
        }
    }

    /** {@code ketenscan scan} with its default options, into a fresh folder. */
    private static Timing scan(List<String> ketenscan, String seed, int pages) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("ketenscan-bench-");
        List<String> command = new ArrayList<>(ketenscan);
        command.addAll(List.of("scan", seed, "--max-pages", String.valueOf(pages), "--out", out.resolve("scan").toString()));
        Timing timing;
        try {
            timing = run(command, line -> PAGE_DONE.matcher(line).find());
        } finally {
            deleteTree(out);
        }
        if (timing.firstPage() < 0) {
            throw new IllegalStateException("the scan reported no finished page: " + String.join(" ", command)
                    + "\n" + String.join("\n", timing.errLines()));
        }
        return timing;
    }

    private static Timing run(List<String> command, Predicate<String> pageDone) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).start();
        AtomicLong firstPage = new AtomicLong(-1);
        AtomicLong lastOut = new AtomicLong(-1);
        List<String> errLines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread err = read(process.getErrorStream(), line -> {
            errLines.add(line);
            if (pageDone.test(line)) {
                firstPage.compareAndSet(-1, millisSince(start));
            }
        });
        Thread out = read(process.getInputStream(), line -> lastOut.set(millisSince(start)));
        int exit = process.waitFor();
        long wall = millisSince(start);
        err.join();
        out.join();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with exit code " + exit);
        }
        return new Timing(wall, firstPage.get(), lastOut.get(), errLines);
    }

    private static Thread read(InputStream stream, Consumer<String> line) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                    line.accept(text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.start();
        return reader;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long median(List<Timing> timings, ToLongFunction<Timing> value) {
        List<Long> sorted = timings.stream().map(value::applyAsLong).sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
