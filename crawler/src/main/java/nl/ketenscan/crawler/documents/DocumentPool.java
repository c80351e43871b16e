package nl.ketenscan.crawler.documents;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.rules.PageResult;

/**
 * Checks documents on threads of their own, beside the scan's workers, so that a large PDF never
 * stalls the page checks: a worker hands a fetched document over and takes the next page. The pool
 * is bounded twice: at most {@code threads} documents are read at once and as many more wait, and a
 * worker handing over more waits for room (the fetched bytes of a waiting document are on the heap).
 * Each document has its budget; the reader stops itself between pages, and when a file makes it
 * overrun anyway the document is recorded as timed out at its budget and its thread interrupted.
 * Such a thread keeps its room in the pool until it really ends, so stuck files cannot pile up.
 */
public final class DocumentPool implements AutoCloseable {

    /** Time past the budget before the pool gives up on a reader that did not stop itself. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Reading read;
    private final Reading timedOut;
    private final Duration budget;
    private final ExecutorService readers;
    private final ScheduledExecutorService deadlines;
    private final Semaphore room;
    private final Runnable warmUp;
    private boolean warm;

    /**
     * @param threads  documents read at the same time
     * @param budget   how long reading one document may take
     * @param maxBytes the largest document fetched; a larger one arrives cut off and is not read
     */
    public DocumentPool(int threads, Duration budget, long maxBytes) {
        this(threads, budget, new DocumentCheck(budget, maxBytes));
    }

    private DocumentPool(int threads, Duration budget, DocumentCheck check) {
        this(threads, budget, check::check, check::timedOut, VeraPdfValidation::warmUp);
    }

    /**
     * A pool that reads with {@code read}, and records a document given up with {@code timedOut}; before
     * the first document it runs {@code warmUp}, outside every document's budget.
     */
    DocumentPool(int threads, Duration budget, Reading read, Reading timedOut, Runnable warmUp) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least 1 document thread is needed, got " + threads);
        }
        this.read = read;
        this.timedOut = timedOut;
        this.warmUp = warmUp;
        this.budget = budget;
        this.readers = Executors.newFixedThreadPool(threads, daemon("ketenscan-document"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemon("ketenscan-document-deadline"));
        this.room = new Semaphore(2 * threads);
    }

    /** Half the cores, at least one: the browsers need the rest. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /**
     * Checks the document and hands its result to {@code done}, exactly once, on one of the pool's
     * threads; waits while the pool is full.
     *
     * @throws InterruptedException when the scan stops while waiting for room
     */
    public void submit(String url, FetchResult fetched, Consumer<PageResult> done) throws InterruptedException {
        room.acquire();
        try {
            readers.submit(() -> {
                warmUp();
                // the budget runs from when reading starts: waiting for a thread or the warm-up is no document's time
                AtomicBoolean answered = new AtomicBoolean();
                Thread reader = Thread.currentThread();
                ScheduledFuture<?> deadline = deadlines.schedule(() -> {
                    if (answered.compareAndSet(false, true)) {
                        reader.interrupt();
                        done.accept(timedOut.result(url, fetched));
                    }
                }, budget.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
                try {
                    PageResult result = read.result(url, fetched);
                    if (answered.compareAndSet(false, true)) {
                        deadline.cancel(false);
                        done.accept(result);
                    }
                } finally {
                    Thread.interrupted();
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Stops reading: documents not done stay pending in the store, for {@code --resume}. */
    @Override
    public void close() throws InterruptedException {
        readers.shutdownNow();
        deadlines.shutdownNow();
        readers.awaitTermination(budget.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * veraPDF loads its profile and compiles its checks on first use, seconds that are no document's. They
     * are spent when the first document arrives, not when the scan starts: most small scans meet no
     * document, and on two cores the warm-up took a second from the first page's checks. The other
     * threads' documents wait until it is done.
     */
    private synchronized void warmUp() {
        if (!warm) {
            warm = true;
            warmUp.run();
        }
    }

    /** What becomes of a fetched document. */
    interface Reading {
        PageResult result(String url, FetchResult fetched);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
