package nl.ketenscan.crawler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.StopReason;

/**
 * Which URL a worker takes next. The scan store is the frontier: every URL found is queued there
 * (once, by its unique key), and this class reads the pending entries from it a window of
 * {@value #WINDOW} per organisation at a time, in the order they were queued. So the crawl's memory
 * does not grow with the site, and a resumed scan simply reads on from what is pending.
 *
 * <p>Organisations take turns so that a large municipality does not starve a small partner, and
 * each organisation stops receiving work once its page budget is handed out.
 */
final class Frontier {

    static final int WINDOW = 256;

    private final ScanStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ArrayDeque<FrontierEntry>> windows = new ArrayList<>();
    private final long[] readUpTo;
    private final int[] handedOut;
    private final int maxPages;
    private int inFlight;
    private int turn;
    private boolean stopped;

    Frontier(ScanStore store, int organisations, int maxPages) {
        this.store = store;
        this.maxPages = maxPages;
        this.handedOut = new int[organisations];
        this.readUpTo = new long[organisations];
        for (int i = 0; i < organisations; i++) {
            windows.add(new ArrayDeque<>());
        }
    }

    /** Counts pages finished in an earlier run of this scan against the organisation's budget. */
    void alreadyDone(int org, int pages) {
        lock.lock();
        try {
            handedOut[org] += pages;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next entry to work on; waits while other workers may still queue more. Empty when the
     * work is over or the scan was stopped.
     */
    Optional<FrontierEntry> take() throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                Optional<FrontierEntry> next = nextInTurn();
                if (next.isPresent()) {
                    inFlight++;
                    return next;
                }
                if (inFlight == 0) {
                    return Optional.empty();
                }
                changed.await();
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** A worker finished the entry it took, and stored what it queued. */
    void finished() {
        lock.lock();
        try {
            inFlight--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The entry a worker took led to a page already taken on: it was no page of its own, so it does
     * not count against the organisation's page budget.
     */
    void notAPage(int org) {
        lock.lock();
        try {
            handedOut[org]--;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Why each organisation's crawl ended with URLs still queued: the scan was stopped, its page
     * budget ran out, or its entries were handed back because their host was given up. An
     * organisation whose queue is empty has no entry.
     */
    Map<Integer, StopReason> stopReasons() {
        lock.lock();
        try {
            Map<Integer, StopReason> reasons = new TreeMap<>();
            for (int org = 0; org < windows.size(); org++) {
                if (store.queued(org) == 0) {
                    continue;
                }
                reasons.put(org, stopped ? StopReason.INTERRUPTED
                        : handedOut[org] >= maxPages ? StopReason.PAGE_LIMIT : StopReason.HOST_GIVEN_UP);
            }
            return reasons;
        } finally {
            lock.unlock();
        }
    }

    private Optional<FrontierEntry> nextInTurn() {
        for (int i = 0; i < windows.size(); i++) {
            int org = (turn + i) % windows.size();
            if (handedOut[org] >= maxPages) {
                continue;
            }
            ArrayDeque<FrontierEntry> window = windows.get(org);
            if (window.isEmpty()) {
                readOn(org, window);
            }
            if (!window.isEmpty()) {
                turn = org + 1;
                handedOut[org]++;
                return Optional.of(window.poll());
            }
        }
        return Optional.empty();
    }

    private void readOn(int org, ArrayDeque<FrontierEntry> window) {
        for (ScanStore.Pending pending : store.pendingAfter(org, readUpTo[org], WINDOW)) {
            window.add(pending.entry());
            readUpTo[org] = pending.id();
        }
    }
}
