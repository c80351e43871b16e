package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a running process used, read from Linux's /proc: its highest resident set size and the CPU
 * time it took. The kernel keeps the high-water mark itself (VmHWM) and CPU time only grows, so
 * sampling only has to catch the last values before exit. CPU time tells the process's own cost
 * where wall time on a shared machine also holds the wait for a core.
 */
final class ProcessUsage {

    private static final long SAMPLE_MILLIS = 100;
    /** The unit of utime and stime in /proc/[pid]/stat (USER_HZ), 100 on every Linux ketenscan runs on. */
    private static final long MILLIS_PER_TICK = 10;

    /** Peak RSS in kB and CPU time (user and system); both 0 where /proc is missing. */
    record Usage(long peakRssKb, Duration cpu) {
    }

    private ProcessUsage() {
    }

    /** Waits for the process to end and returns what it used, up to the last sample before its exit. */
    static Usage watch(Process process) throws InterruptedException {
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        long peak = 0;
        long ticks = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(proc.resolve("status")));
            ticks = Math.max(ticks, cpuTicks(proc.resolve("stat")));
            Thread.sleep(SAMPLE_MILLIS);
        }
        process.waitFor();
        return new Usage(peak, Duration.ofMillis(ticks * MILLIS_PER_TICK));
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException processEnded) {
            return 0;
        }
        return 0;
    }

    /** utime plus stime, fields 14 and 15 of /proc/[pid]/stat, counted after the command name in parentheses. */
    private static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException processEnded) {
            return 0;
        }
    }
}
