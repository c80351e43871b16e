package nl.ketenscan.crawler.browser;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import nl.ketenscan.crawler.crawl.Credentials;

/**
 * A fixed number of browser sessions shared by the threads of a scan. The first session starts before
 * the pool is handed over, so a missing or broken browser stops the scan before its first page rather
 * than in the middle; the others start meanwhile, side by side, and are handed out once they run, so a
 * small scan's first page does not wait for browsers it may not need yet, nor share the cores with their
 * start. A later session that does not start leaves the scan with the sessions that did.
 */
public final class BrowserPool implements AutoCloseable {

    private final List<BrowserSession> sessions = new CopyOnWriteArrayList<>();
    private final BlockingQueue<BrowserSession> idle;
    private final GatherScope gatherScope;
    private final CompletableFuture<Void> others;
    private boolean closed;

    /** Sessions for public pages. */
    public BrowserPool(BrowserSettings settings, int size) {
        this(settings, size, Credentials.none());
    }

    /**
     * Starts {@code size} sessions that send {@code credentials} to their own hosts: the first one before it
     * returns, the others on threads of their own.
     *
     * @throws BrowserUnavailableException when the first does not start
     */
    public BrowserPool(BrowserSettings settings, int size, Credentials credentials) {
        if (size < 1) {
            throw new IllegalArgumentException("a browser pool needs at least one session, not " + size);
        }
        this.gatherScope = settings.gatherScope();
        this.idle = new ArrayBlockingQueue<>(size);
        join(BrowserSession.start(settings, credentials));
        this.others = startOthers(settings, size - 1, credentials);
    }

    /** On which pages the browser checks run. */
    public GatherScope gatherScope() {
        return gatherScope;
    }

    /** Waits until a session is free and hands it out; give it back with {@link #release}. */
    public BrowserSession acquire() throws InterruptedException {
        return idle.take();
    }

    public void release(BrowserSession session) {
        if (!sessions.contains(session)) {
            throw new IllegalArgumentException("this session does not belong to this pool");
        }
        if (idle.contains(session) || !idle.offer(session)) {
            throw new IllegalStateException("this session was released twice");
        }
    }

    /** The browser the sessions run, by name and version; all sessions run the same. */
    public String browserVersion() {
        return sessions.get(0).browserVersion();
    }

    /** The version of axe-core the sessions run; all sessions run the same bundled script. */
    public String axeVersion() {
        return sessions.get(0).axeVersion();
    }

    /**
     * Quits every session, also those still handed out, and those still starting once they have: a browser
     * left starting would outlive the scan.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        others.join();
        closeAll(sessions);
    }

    /** Hands a started session out, or ends it when the pool was closed while it started. */
    private void join(BrowserSession session) {
        synchronized (this) {
            if (!closed) {
                sessions.add(session);
                idle.add(session);
                return;
            }
        }
        session.close();
    }

    private CompletableFuture<Void> startOthers(BrowserSettings settings, int count, Credentials credentials) {
        if (count == 0) {
            return CompletableFuture.completedFuture(null);
        }
        ExecutorService starters = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "ketenscan-browser-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return CompletableFuture.allOf(IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> startOther(settings, credentials), starters))
                    .toArray(CompletableFuture[]::new));
        } finally {
            starters.shutdown();
        }
    }

    private void startOther(BrowserSettings settings, Credentials credentials) {
        try {
            join(BrowserSession.start(settings, credentials));
        } catch (RuntimeException notStarted) {
            // the first session runs the same browser, so this is the machine's load or memory: the scan
            // goes on with the sessions that started, as it would with a smaller --browsers
        }
    }

    private static void closeAll(List<BrowserSession> sessions) {
        RuntimeException failure = null;
        for (BrowserSession session : sessions) {
            try {
                session.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
