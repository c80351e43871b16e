package nl.ketenscan.crawler.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.ketenscan.crawler.crawl.Credentials;

/**
 * A fixed number of browser sessions shared by the threads of a scan. All sessions start up front, so
 * a missing or broken browser stops the scan before its first page rather than in the middle.
 */
public final class BrowserPool implements AutoCloseable {

    private final List<BrowserSession> sessions;
    private final BlockingQueue<BrowserSession> idle;
    private final GatherScope gatherScope;

    /** Sessions for public pages. */
    public BrowserPool(BrowserSettings settings, int size) {
        this(settings, size, Credentials.none());
    }

    /**
     * Starts {@code size} sessions, side by side, that send {@code credentials} to their own hosts.
     *
     * @throws BrowserUnavailableException when any of them does not start; the others are closed again
     */
    public BrowserPool(BrowserSettings settings, int size, Credentials credentials) {
        if (size < 1) {
            throw new IllegalArgumentException("a browser pool needs at least one session, not " + size);
        }
        this.gatherScope = settings.gatherScope();
        this.sessions = startAll(settings, size, credentials);
        this.idle = new ArrayBlockingQueue<>(size, false, sessions);
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

    /** Quits every session, also those still handed out. */
    @Override
    public void close() {
        closeAll(sessions);
    }

    private static List<BrowserSession> startAll(BrowserSettings settings, int size, Credentials credentials) {
        ExecutorService starters = Executors.newFixedThreadPool(size);
        try {
            List<CompletableFuture<BrowserSession>> starting = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                starting.add(CompletableFuture.supplyAsync(() -> BrowserSession.start(settings, credentials), starters));
            }
            List<BrowserSession> started = new ArrayList<>();
            RuntimeException failure = null;
            for (CompletableFuture<BrowserSession> session : starting) {
                try {
                    started.add(session.join());
                } catch (CompletionException e) {
                    failure = failure == null ? unwrap(e) : failure;
                }
            }
            if (failure != null) {
                closeAll(started);
                throw failure;
            }
            return List.copyOf(started);
        } finally {
            starters.shutdown();
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
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
