package nl.ketenscan.crawler.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;

/**
 * How many entries each organisation has pending, counted from the frontier once and from then on
 * kept with the store's own changes. The crawl asks after every page, and counting the pending rows
 * each time costs as much as there are: O(pages²) over a scan, on a site of 10,000 pages a count over
 * 5,000 rows after every page on average. Not thread-safe: the store calls it under its own lock.
 */
final class PendingCounts {

    private final Map<Integer, Integer> counts = new HashMap<>();

    /** The organisation's pending entries; counted by {@code countPending} the first time only. */
    int get(int org, IntSupplier countPending) {
        return counts.computeIfAbsent(org, unknown -> countPending.getAsInt());
    }

    /** One entry more ({@code +1}) or less ({@code -1}) pending; an organisation not counted yet stays so. */
    void change(int org, int by) {
        counts.computeIfPresent(org, (known, count) -> count + by);
    }

    /** The entries queued, pending now. */
    void added(List<FrontierEntry> entries) {
        entries.forEach(entry -> change(entry.org(), 1));
    }
}
