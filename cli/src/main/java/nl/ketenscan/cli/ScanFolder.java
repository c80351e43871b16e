package nl.ketenscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStoreException;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Reads back what a finished (or stopped) scan stored in its folder, for commands that work on earlier
 * scans, as the chain's assessment the reports render, so every command sees the same issues.
 */
final class ScanFolder {

    private ScanFolder() {
    }

    /** @throws UserError with exit code 2 when the folder holds no scan, saying what to give instead */
    static ChainAssessment assessment(Path folder) {
        requireStore(folder);
        try (ScanStore store = open(folder)) {
            return assessment(store, folder);
        }
    }

    /** The assessment of the scan in {@code store}, which is {@code folder}'s. */
    static ChainAssessment assessment(ScanStore store, Path folder) {
        if (!store.hasScan()) {
            throw new UserError(ExitCode.USAGE, folder + " holds no scan; run ketenscan scan --out " + folder + " first");
        }
        return assess(store);
    }

    /** The store's scan assessed against the standard it was started with. */
    static ChainAssessment assess(ScanStore store) {
        return ChainAssessment.of(store.results(), Standard.stored(store.settings()));
    }

    /** Checked before opening the store, which would create one in a mistyped folder. */
    static void requireStore(Path folder) {
        if (!Files.isRegularFile(folder.resolve("scan.db"))) {
            throw new UserError(ExitCode.USAGE, "there is no scan.db in " + folder
                    + "; give the folder of a scan (--out of ketenscan scan)");
        }
    }

    /**
     * The store of {@code folder}, created when missing.
     *
     * @throws UserError with exit code 2 when scan.db is damaged, not SQLite or not ketenscan's, in one sentence
     */
    static ScanStore open(Path folder) {
        try {
            return ScanStore.open(folder);
        } catch (ScanStoreException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }
}
