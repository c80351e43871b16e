package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The highest resident set size of a running process, read from Linux's /proc. The kernel keeps
 * the high-water mark itself (VmHWM), so sampling only has to catch the last value before exit.
 */
final class PeakRss {

    private static final long SAMPLE_MILLIS = 100;

    private PeakRss() {
    }

    /** Waits for the process to end and returns its peak RSS in kB (0 where /proc is missing). */
    static long watch(Process process) throws InterruptedException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            Thread.sleep(SAMPLE_MILLIS);
        }
        process.waitFor();
        return peak;
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
}
