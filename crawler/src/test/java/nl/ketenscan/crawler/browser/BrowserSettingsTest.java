package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserSettingsTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    @TempDir
    Path bin;

    @TempDir
    Path otherBin;

    @Test
    void findsChromiumAndChromedriverOnThePath() throws IOException {
        Path chromium = program(bin, "chromium");
        Path chromedriver = program(otherBin, "chromedriver");

        BrowserSettings settings = BrowserSettings.local(BUDGET, bothDirectories());

        assertEquals(chromium, settings.chrome());
        assertEquals(chromedriver, settings.chromedriver());
        assertEquals(BUDGET, settings.pageBudget());
        assertNull(settings.gridUrl());
    }

    @Test
    void prefersChromiumOverGoogleChromeWhereverTheyAre() throws IOException {
        program(bin, "google-chrome");
        Path chromium = program(otherBin, "chromium");
        program(otherBin, "chromedriver");

        BrowserSettings settings = BrowserSettings.local(BUDGET, bothDirectories());

        assertEquals(chromium, settings.chrome());
    }

    @Test
    void skipsFilesThatAreNotExecutable() throws IOException {
        Files.createFile(bin.resolve("chromium"));
        program(bin, "chromedriver");

        BrowserUnavailableException e = assertThrows(BrowserUnavailableException.class,
                () -> BrowserSettings.local(BUDGET, new ExecutableOnPath(bin.toString())));

        assertTrue(e.getMessage().contains("Chromium was not found"), e.getMessage());
    }

    @Test
    void saysWhatToInstallWhenChromiumIsMissing() {
        BrowserUnavailableException e = assertThrows(BrowserUnavailableException.class,
                () -> BrowserSettings.local(BUDGET, new ExecutableOnPath(bin.toString())));

        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void saysWhatToInstallWhenOnlyChromedriverIsMissing() throws IOException {
        program(bin, "chromium");

        BrowserUnavailableException e = assertThrows(BrowserUnavailableException.class,
                () -> BrowserSettings.local(BUDGET, new ExecutableOnPath(bin.toString())));

        assertTrue(e.getMessage().startsWith("chromedriver was not found"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void aGridNeedsNoLocalPrograms() {
        BrowserSettings grid = new BrowserSettings(null, null, BUDGET, "http://127.0.0.1:4444", null);

        assertTrue(grid.onGrid());
    }

    @Test
    void refusesABudgetOfNothing() {
        assertThrows(IllegalArgumentException.class,
                () -> new BrowserSettings(bin, bin, Duration.ZERO, null, null));
    }

    private ExecutableOnPath bothDirectories() {
        return new ExecutableOnPath(bin + File.pathSeparator + otherBin);
    }

    private static Path program(Path directory, String name) throws IOException {
        return Files.createFile(directory.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
