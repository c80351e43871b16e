package nl.ketenscan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How many of the machine's cores were busy over a stretch of time, read from Linux's /proc/stat. A
 * browser scan runs in several processes (the JVM, chromedriver, Chromium's browser, renderer and GPU
 * processes), some of which leave the process tree, so the whole machine is measured: on an otherwise
 * idle machine that is the scan.
 */
record CoresBusy(long busyTicks, long allTicks) {

    private static final Path STAT = Path.of("/proc/stat");

    /** The counters now; zeros where /proc is missing. */
    static CoresBusy now() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < fields.length; i++) {
                all += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new CoresBusy(all - idle, all);
        } catch (IOException | RuntimeException noProcStat) {
            return new CoresBusy(0, 0);
        }
    }

    /**
     * The average number of cores busy between {@code earlier} and this sample, counted over the cores
     * /proc/stat lists: in a container with a CPU limit the JVM's own count is the limit, not the cores.
     */
    double since(CoresBusy earlier) {
        long all = allTicks - earlier.allTicks;
        return all == 0 ? 0 : cores() * (double) (busyTicks - earlier.busyTicks) / all;
    }

    /** The cores /proc/stat lists ({@code cpu0}, {@code cpu1}, …), or the JVM's count without it. */
    static int cores() {
        try (Stream<String> lines = Files.lines(STAT)) {
            return (int) lines.filter(line -> line.matches("cpu\\d+ .*")).count();
        } catch (IOException | UncheckedIOException noProcStat) {
            return Runtime.getRuntime().availableProcessors();
        }
    }
}
