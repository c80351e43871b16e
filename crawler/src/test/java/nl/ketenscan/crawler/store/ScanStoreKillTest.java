package nl.ketenscan.crawler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.PageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is writing pages (SIGKILL, no shutdown hooks) and checks what the store kept. */
class ScanStoreKillTest {

    private static final int PAGES_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    void everyPageReportedCommittedSurvivesAKillAndNoPageIsHalfWritten() throws Exception {
        Path out = dir.resolve("out");
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PageWritingProcess.class.getName(), out.toString())
                .redirectError(childErrors.toFile())
                .start();
        int lastReported = -1;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastReported + 1 < PAGES_BEFORE_KILL && (line = lines.readLine()) != null) {
                lastReported = Integer.parseInt(line.substring("committed ".length()));
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertEquals(PAGES_BEFORE_KILL - 1, lastReported,
                "the child stopped early: " + Files.readString(childErrors));

        try (ScanStore store = ScanStore.open(out)) {
            List<PageResult> pages = store.results().organisations().get(0).pages();
            assertTrue(pages.size() > lastReported, "pages reported as committed are missing: " + pages.size());
            for (int i = 0; i < pages.size(); i++) {
                assertEquals(PageWritingProcess.page(i), pages.get(i), "page " + i + " differs from what was written");
            }
            int done = pages.size();
            assertEquals(List.of(new FrontierEntry(0, PageWritingProcess.url(done), done)), store.pending(),
                    "only the link found on the last recorded page waits");
            assertEquals(done, store.pagesDone(0));
            assertEquals(done + 1, store.known(0));
        }
    }
}
