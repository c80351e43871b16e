package nl.ketenscan.crawler;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import nl.ketenscan.crawler.browser.EvidenceChoice;
import nl.ketenscan.crawler.browser.TakenScreenshot;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.Sha256;

/**
 * Which findings of a scan get a screenshot, and their storing: every failure of a visual check
 * ({@link Screenshot#visualFailure}) and the first occurrence of every other issue (by fingerprint), at
 * most {@link Screenshot#MAX_PER_SCAN} in a scan. A file is named by its finding's fingerprint and page, so a
 * resumed scan (which reads what was taken from the store's list of files) takes no issue's first
 * screenshot twice and a page checked again replaces its own.
 */
final class ScreenshotBudget implements EvidenceChoice {

    private final ScanStore store;
    private final ScanNotes notes;
    private final Set<String> fingerprints = new HashSet<>();
    /** The claims that gave their issue its first screenshot: only their release frees the issue again. */
    private final Set<Finding> firstOfIssue = Collections.newSetFromMap(new IdentityHashMap<>());
    private int reserved;
    private boolean full;

    ScreenshotBudget(ScanStore store, ScanNotes notes) {
        this.store = store;
        this.notes = notes;
        List<String> taken = store.filesWritten().orElse(Set.of()).stream()
                .filter(name -> name.startsWith(ScanStore.SCREENSHOTS + "/")).toList();
        reserved = taken.size();
        taken.forEach(name -> fingerprints.add(name.substring(ScanStore.SCREENSHOTS.length() + 1).split("-")[0]));
    }

    @Override
    public synchronized boolean claim(Finding finding) {
        boolean wanted = Screenshot.visualFailure(finding) || !fingerprints.contains(finding.fingerprint());
        if (!wanted) {
            return false;
        }
        if (reserved >= Screenshot.MAX_PER_SCAN) {
            if (!full) {
                full = true;
                notes.note(ScanStore.WHOLE_SCAN, Message.of("note.screenshots-bound", Screenshot.MAX_PER_SCAN));
            }
            return false;
        }
        reserved++;
        if (fingerprints.add(finding.fingerprint())) {
            firstOfIssue.add(finding);
        }
        return true;
    }

    @Override
    public synchronized void release(Finding finding) {
        reserved--;
        if (firstOfIssue.remove(finding)) {
            fingerprints.remove(finding.fingerprint());
        }
    }

    /** Stores the screenshot beside the scan and names it for the page's facts. */
    Screenshot save(String page, TakenScreenshot taken) {
        Finding finding = taken.finding();
        String name = finding.fingerprint() + "-" + Sha256.hex(page + '\n' + finding.rule() + '\n' + finding.selector())
                .substring(0, 12) + ".png";
        return new Screenshot(finding.rule(), finding.selector(), store.saveScreenshot(name, taken.png()));
    }
}
