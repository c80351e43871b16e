package nl.ketenscan.crawler.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.PageResult;
import org.junit.jupiter.api.Test;

/** The document pool: every document ends with one result, even one whose reader never stops by itself. */
class DocumentPoolTest {

    private static final String URL = "https://gemeente.example/verslag.pdf";
    private static final FetchResult PDF = new FetchResult(URL, URL, 200, "application/pdf", SamplePdfs.accessible(),
            false, null);

    @Test
    void aDocumentIsCheckedOnThePoolAndItsResultHandedBackOnce() throws InterruptedException {
        LinkedBlockingQueue<PageResult> results = new LinkedBlockingQueue<>();
        try (DocumentPool pool = new DocumentPool(1, Duration.ofSeconds(30), 10L * 1024 * 1024)) {
            pool.submit(URL, PDF, results::add);
            PageResult checked = results.poll(60, TimeUnit.SECONDS);
            assertEquals(List.of(), checked.findings().stream().filter(f -> f.engine() == Engine.KETENSCAN).toList());
            assertEquals(null, checked.error());
        }
        assertEquals(0, results.size(), "one result per document");
    }

    @Test
    void aReaderThatNeverStopsIsGivenUpAndTheDocumentRecordedAsTimedOut() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        DocumentCheck check = new DocumentCheck(Duration.ofMillis(10), 1024);
        LinkedBlockingQueue<PageResult> results = new LinkedBlockingQueue<>();
        try (DocumentPool pool = new DocumentPool(1, Duration.ofMillis(10), (url, fetched) -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return check.check(url, fetched);
        }, check::timedOut, () -> { })) {
            pool.submit(URL, PDF, results::add);
            PageResult given = results.poll(60, TimeUnit.SECONDS);
            assertEquals("document-error.timed-out", given.error().get(0).key());
            assertEquals(null, given.features(), "not checked");
            assertEquals((long) PDF.body().length, given.facts().documentBytes());
        }
        assertEquals(0, results.size(), "the interrupted reader hands back nothing more");
    }

    @Test
    void moreDocumentsThanThePoolHoldsWaitForRoomAndAllEnd() throws InterruptedException {
        LinkedBlockingQueue<PageResult> results = new LinkedBlockingQueue<>();
        try (DocumentPool pool = new DocumentPool(1, Duration.ofSeconds(30), 10L * 1024 * 1024)) {
            for (int i = 0; i < 5; i++) {
                pool.submit(URL + "?" + i, PDF, results::add);
            }
            for (int i = 0; i < 5; i++) {
                assertTrue(results.poll(60, TimeUnit.SECONDS) != null, "document " + i);
            }
        }
    }

    @Test
    void theWarmUpWaitsForTheFirstDocumentAndRunsOnceBeforeAnyIsRead() throws InterruptedException {
        AtomicInteger warmUps = new AtomicInteger();
        List<Integer> warmUpsSeenByReads = new CopyOnWriteArrayList<>();
        DocumentCheck check = new DocumentCheck(Duration.ofSeconds(30), 1024);
        LinkedBlockingQueue<PageResult> results = new LinkedBlockingQueue<>();
        try (DocumentPool pool = new DocumentPool(2, Duration.ofSeconds(30), (url, fetched) -> {
            warmUpsSeenByReads.add(warmUps.get());
            return check.timedOut(url, fetched);
        }, check::timedOut, warmUps::incrementAndGet)) {
            assertEquals(0, warmUps.get(), "a scan that meets no document never warms veraPDF up");
            for (int i = 0; i < 4; i++) {
                pool.submit(URL + "?" + i, PDF, results::add);
            }
            for (int i = 0; i < 4; i++) {
                assertTrue(results.poll(60, TimeUnit.SECONDS) != null, "document " + i);
            }
        }
        assertEquals(1, warmUps.get());
        assertEquals(List.of(1, 1, 1, 1), warmUpsSeenByReads, "every read after the warm-up");
    }
}
