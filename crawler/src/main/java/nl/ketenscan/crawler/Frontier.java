package nl.ketenscan.crawler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;

/**
 * The in-memory side of the frontier: which URL a worker takes next. The scan store holds the same
 * entries durably; this class only decides order and when the work is over.
 *
 * <p>Organisations take turns so that a large municipality does not starve a small partner, and
 * each organisation stops receiving work once its page budget is handed out.
 */
final class Frontier {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ArrayDeque<FrontierEntry>> queues = new ArrayList<>();
    private final List<Set<String>> known = new ArrayList<>();
    private final int[] handedOut;
    private final int maxPages;
    private int inFlight;
    private int turn;
    private boolean stopped;

    Frontier(int organisations, int maxPages) {
        this.maxPages = maxPages;
        this.handedOut = new int[organisations];
        for (int i = 0; i < organisations; i++) {
            queues.add(new ArrayDeque<>());
            known.add(new HashSet<>());
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

    /** Marks URLs as seen without queueing them: pages finished in an earlier run of this scan. */
    void remember(int org, Collection<String> urls) {
        lock.lock();
        try {
            known.get(org).addAll(urls);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Keeps the entries not seen before and marks them seen, without handing them out yet: the
     * caller stores them first and then calls {@link #add}, so no worker can finish an entry the
     * store does not know.
     */
    List<FrontierEntry> claim(List<FrontierEntry> entries) {
        lock.lock();
        try {
            List<FrontierEntry> fresh = new ArrayList<>();
            for (FrontierEntry entry : entries) {
                if (known.get(entry.org()).add(entry.url())) {
                    fresh.add(entry);
                }
            }
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    /** Hands out entries that are stored; entries restored on resume come straight here. */
    void add(List<FrontierEntry> entries) {
        lock.lock();
        try {
            for (FrontierEntry entry : entries) {
                known.get(entry.org()).add(entry.url());
                queues.get(entry.org()).add(entry);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next entry to work on; waits while other workers may still discover more. Empty when the
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

    /** A worker finished the entry it took (stored or not). */
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

    /** True when URLs were left unvisited: the scan was stopped or a page budget ran out. */
    boolean leftWork() {
        lock.lock();
        try {
            return stopped || queues.stream().anyMatch(q -> !q.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    private Optional<FrontierEntry> nextInTurn() {
        for (int i = 0; i < queues.size(); i++) {
            int org = (turn + i) % queues.size();
            ArrayDeque<FrontierEntry> queue = queues.get(org);
            if (!queue.isEmpty() && handedOut[org] < maxPages) {
                turn = org + 1;
                handedOut[org]++;
                return Optional.of(queue.poll());
            }
        }
        return Optional.empty();
    }
}
