package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.crawler.browser.TakenScreenshot;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.Screenshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotBudgetTest {

    private static final Organisation GEMEENTE = Organisation.of("Gemeente Lindeveen", Role.GEMEENTE,
            List.of("https://www.lindeveen.nl/"));

    @TempDir
    Path dir;

    private final List<Message> notes = new ArrayList<>();

    @Test
    void everyVisualFailureButOnlyTheFirstOccurrenceOfOtherIssues() {
        try (ScanStore store = begun()) {
            ScreenshotBudget budget = new ScreenshotBudget(store, notes(store));

            Finding logo = finding("image-alt", "#logo");
            assertTrue(budget.claim(logo));
            assertFalse(budget.claim(finding("image-alt", "#logo")), "the same issue on another page");
            assertTrue(budget.claim(finding("reflow", "#tabel")));
            assertTrue(budget.claim(finding("reflow", "#tabel")), "each failure of a visual check");
            budget.release(logo);
            assertTrue(budget.claim(finding("image-alt", "#logo")), "a screenshot not taken is claimed again");
        }
    }

    @Test
    void theScansBoundHoldsAndIsNotedOnce() {
        try (ScanStore store = begun()) {
            ScreenshotBudget budget = new ScreenshotBudget(store, notes(store));
            for (int i = 0; i < Screenshot.MAX_PER_SCAN; i++) {
                assertTrue(budget.claim(finding("reflow", "#blok-" + i)));
            }

            assertFalse(budget.claim(finding("reflow", "#te-veel")));
            assertFalse(budget.claim(finding("image-alt", "#logo")));
            assertEquals(List.of(Message.of("note.screenshots-bound", Screenshot.MAX_PER_SCAN)), notes);
        }
    }

    @Test
    void savedBesideTheStoreAndRememberedOnResume() throws Exception {
        Finding logo = finding("image-alt", "#logo");
        Screenshot saved;
        try (ScanStore store = begun()) {
            ScreenshotBudget budget = new ScreenshotBudget(store, notes(store));
            assertTrue(budget.claim(logo));
            saved = budget.save("https://www.lindeveen.nl/", new TakenScreenshot(logo, new byte[] {1, 2, 3}));
        }

        assertTrue(saved.file().startsWith("screenshots/") && saved.shows(logo), saved.toString());
        assertEquals(3, Files.size(dir.resolve(saved.file())));
        try (ScanStore store = ScanStore.open(dir)) {
            assertTrue(store.filesWritten().orElseThrow().contains(saved.file()));
            assertFalse(new ScreenshotBudget(store, notes(store)).claim(logo), "its issue has its screenshot");
        }
    }

    private ScanStore begun() {
        ScanStore store = ScanStore.open(dir);
        store.begin("scan-1", Instant.parse("2026-12-06T06:00:00Z"), "0.1.0", "4.14.1", List.of(GEMEENTE));
        return store;
    }

    private ScanNotes notes(ScanStore store) {
        return new ScanNotes(store, new ScanListener() {
            @Override
            public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
            }

            @Override
            public void note(String organisation, Message message) {
                notes.add(message);
            }
        }, List.of(GEMEENTE));
    }

    private static Finding finding(String rule, String selector) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.SERIOUS, selector,
                "<img id=\"logo\">", List.of(), null);
    }
}
