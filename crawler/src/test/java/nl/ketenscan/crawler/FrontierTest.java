package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.StopReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frontier over a real scan store: turns, page budgets, windows and the end of the work. */
class FrontierTest {

    private static final String GEMEENTE = "https://www.gemeente.example/";
    private static final String BIEB = "https://www.bieb.example/";

    @TempDir
    Path dir;

    private ScanStore store;

    @BeforeEach
    void openStore() {
        store = ScanStore.open(dir);
        store.begin("scan", Instant.parse("2026-12-01T10:00:00Z"), "test", "4.11.1", List.of(
                Organisation.of("Gemeente", Role.GEMEENTE, List.of(GEMEENTE)),
                Organisation.of("Bibliotheek", Role.KETENPARTNER, List.of(BIEB))));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void organisationsTakeTurnsSoALargeOneDoesNotStarveASmallOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.enqueue(0, GEMEENTE + "pagina-" + i, 1);
        }
        store.enqueue(1, BIEB + "agenda", 1);
        Frontier frontier = new Frontier(store, 2, 100);

        List<Integer> orgs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orgs.add(takeAndFinish(frontier).org());
        }

        assertEquals(List.of(0, 1, 0), orgs);
    }

    @Test
    void anOrganisationStopsReceivingWorkWhenItsBudgetIsHandedOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            store.enqueue(0, GEMEENTE + "pagina-" + i, 1);
        }
        Frontier frontier = new Frontier(store, 2, 3);
        frontier.alreadyDone(0, 1);

        assertTrue(take(frontier).isPresent());
        frontier.finished();
        assertTrue(take(frontier).isPresent());
        frontier.finished();

        assertFalse(take(frontier).isPresent(), "one page done before the resume plus two handed out use the budget");
        assertEquals(Map.of(0, StopReason.PAGE_LIMIT), frontier.stopReasons(), "pages stayed queued beyond the budget");
    }

    @Test
    void anEntryThatWasNoPageGivesItsPlaceInTheBudgetBack() throws Exception {
        for (int i = 0; i < 3; i++) {
            store.enqueue(0, GEMEENTE + "pagina-" + i, 1);
        }
        Frontier frontier = new Frontier(store, 2, 2);

        FrontierEntry alias = take(frontier).orElseThrow();
        store.completeAlias(alias, GEMEENTE);
        frontier.notAPage(0);
        frontier.finished();

        assertTrue(take(frontier).isPresent());
        frontier.finished();
        assertTrue(take(frontier).isPresent(), "the alias did not use one of the two pages");
    }

    @Test
    void readsEveryEntryOnceAcrossWindowsInQueueOrder() throws Exception {
        int count = Frontier.WINDOW * 2 + 3;
        List<FrontierEntry> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queued.add(new FrontierEntry(0, GEMEENTE + "p" + i, 1));
        }
        store.enqueueAll(queued);
        Frontier frontier = new Frontier(store, 2, Integer.MAX_VALUE);

        List<String> taken = new ArrayList<>();
        for (Optional<FrontierEntry> next = take(frontier); next.isPresent(); next = take(frontier)) {
            taken.add(next.get().url());
            store.complete(next.get(), PageResult.failed(next.get().url(), 404, "text/html", "not found"), List.of());
            frontier.finished();
        }

        assertEquals(queued.stream().map(FrontierEntry::url).toList(), taken);
        assertTrue(frontier.stopReasons().isEmpty());
    }

    @Test
    void aWaitingWorkerGetsWhatAnotherWorkerQueued() throws Exception {
        FrontierEntry seed = new FrontierEntry(0, GEMEENTE, 0);
        store.enqueueAll(List.of(seed));
        Frontier frontier = new Frontier(store, 2, 100);
        assertEquals(seed, take(frontier).orElseThrow());

        CompletableFuture<Optional<FrontierEntry>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return frontier.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        FrontierEntry found = new FrontierEntry(0, GEMEENTE + "contact", 1);
        store.complete(seed, PageResult.failed(GEMEENTE, 500, "text/html", "server error"), List.of(found));
        frontier.finished();

        assertEquals(found, waiting.get(10, TimeUnit.SECONDS).orElseThrow());
    }

    @Test
    void theWorkEndsWhenNothingIsQueuedAndNoWorkerCanQueueMore() throws Exception {
        Frontier frontier = new Frontier(store, 2, 100);

        assertFalse(take(frontier).isPresent());
        assertTrue(frontier.stopReasons().isEmpty());
    }

    @Test
    void aStoppedFrontierHandsOutNothingAndSaysWorkWasLeft() throws Exception {
        store.enqueue(0, GEMEENTE, 0);
        Frontier frontier = new Frontier(store, 2, 100);
        frontier.stop();

        assertFalse(take(frontier).isPresent());
        assertEquals(Map.of(0, StopReason.INTERRUPTED), frontier.stopReasons());
    }

    private static FrontierEntry takeAndFinish(Frontier frontier) throws Exception {
        FrontierEntry entry = take(frontier).orElseThrow();
        frontier.finished();
        return entry;
    }

    /** Takes on another thread, so a frontier that would wait for ever fails the test instead of hanging it. */
    private static Optional<FrontierEntry> take(Frontier frontier) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return frontier.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
