package nl.ketenscan.crawler.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriverService;

/**
 * chromedriver, and the Chromium it starts, in a process group of their own that dies with the JVM, however
 * the JVM ends: a scan killed with SIGKILL runs no code of its own, and without this its chromedriver and
 * Chromium (about 220 MB each) lived on, also after the scan was resumed.
 *
 * <p>chromedriver starts through {@code setsid}, so it leads a new group (and session, out of reach of the
 * terminal's Ctrl-C, which the scan handles itself). A watcher started the same way, a shell that only reads
 * from a pipe the JVM holds, sees that pipe end when the JVM ends and kills the whole group at once: there is
 * no one left to quit the browser politely, nor a reason to wait for it; then it deletes the browser's
 * profile. The same ends a browser at the end of a scan ({@link Watcher#end}): the pipe is closed, and the
 * scan exits without waiting for the browser to quit. The watcher ends itself, without killing, when
 * chromedriver ends first. Where there is no {@code setsid} (not Linux), chromedriver starts as before and
 * nothing watches it.
 */
final class DriverProcessGroup {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    /**
     * Reads until the JVM's end of the pipe closes, then kills the group whose id is its first argument
     * ({@code kill -KILL -PGID}: dash, /bin/sh on Debian, takes no {@code --}) and deletes the profile
     * folder named by its second: after SIGKILL no process of the group writes to it any more. Once the
     * pipe has closed it ignores SIGTERM: the JVM ends a watcher whose chromedriver ended, and the kill
     * here ends it, which must not stop the deletion.
     */
    private static final String WATCHER = "read ended; trap '' TERM; kill -KILL \"-$0\"; rm -rf -- \"$1\"";

    private DriverProcessGroup() {
    }

    /** A builder of chromedriver services whose process leads a group of its own. */
    static ChromeDriverService.Builder serviceBuilder() {
        return available() ? new InOwnGroup() : new ChromeDriverService.Builder();
    }

    /** The watcher of one browser's process group. */
    static final class Watcher {

        private final Process process;

        private Watcher(Process process) {
            this.process = process;
        }

        /**
         * Has the group killed and the profile deleted now, without waiting for either: for the end of a
         * scan, whose outputs are written.
         */
        void end() {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // the watcher is gone already, and with it the group it watched: chromedriver ended first
                process.destroy();
            }
        }
    }

    /**
     * Has the group led by the started {@code driver} killed, and {@code profile} deleted, when this JVM
     * ends or the watcher is {@linkplain Watcher#end ended}.
     *
     * @return empty where nothing can watch (no {@code setsid})
     * @throws BrowserUnavailableException when the watcher cannot start
     */
    static Optional<Watcher> watch(ProcessHandle driver, Path profile) {
        if (!available()) {
            return Optional.empty();
        }
        Process watcher;
        try {
            watcher = new ProcessBuilder(SETSID.toString(), "/bin/sh", "-c", WATCHER, Long.toString(driver.pid()),
                    profile.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new BrowserUnavailableException("the watcher that ends the browser with the scan did not start: "
                    + e.getMessage(), e);
        }
        // held by the pending exit of the driver, so the pipe stays open exactly as long as both live
        driver.onExit().thenRun(watcher::destroy);
        return Optional.of(new Watcher(watcher));
    }

    private static boolean available() {
        return Files.isExecutable(SETSID);
    }

    /** Runs {@code setsid chromedriver ARGS} where Selenium would run {@code chromedriver ARGS}. */
    private static final class InOwnGroup extends ChromeDriverService.Builder {

        @Override
        protected ChromeDriverService createDriverService(File exe, int port, Duration timeout, List<String> args,
                                                          Map<String, String> environment) {
            List<String> driverAndArgs = new ArrayList<>();
            driverAndArgs.add(exe.getAbsolutePath());
            driverAndArgs.addAll(args);
            return super.createDriverService(SETSID.toFile(), port, timeout, driverAndArgs, environment);
        }
    }
}
