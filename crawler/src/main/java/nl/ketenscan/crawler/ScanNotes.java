package nl.ketenscan.crawler;

import java.util.List;

import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;

/**
 * What the user must know about how a scan went (a host given up, a trap not followed, a Crawl-delay):
 * told now through the listener, and kept in the store for the report.
 */
final class ScanNotes {

    private final ScanStore store;
    private final ScanListener listener;
    private final List<Organisation> organisations;

    ScanNotes(ScanStore store, ScanListener listener, List<Organisation> organisations) {
        this.store = store;
        this.listener = listener;
        this.organisations = organisations;
    }

    /** @param org the organisation it concerns, or {@link ScanStore#WHOLE_SCAN} */
    void note(int org, Message message) {
        store.note(org, message);
        listener.note(org == ScanStore.WHOLE_SCAN ? null : organisations.get(org).name(), message);
    }
}
