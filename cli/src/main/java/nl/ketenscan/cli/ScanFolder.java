package nl.ketenscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.SiteAudit;

/**
 * Reads back what a finished (or stopped) scan stored in its folder, for commands that work on earlier
 * scans, with the site rules applied as the reports apply them, so every command sees the same issues.
 */
final class ScanFolder {

    private ScanFolder() {
    }

    /** @throws UserError with exit code 2 when the folder holds no scan, saying what to give instead */
    static ScanResults results(Path folder) {
        if (!Files.isRegularFile(folder.resolve("scan.db"))) {
            throw new UserError(ExitCode.USAGE, "there is no scan.db in " + folder
                    + "; give the folder of a scan (--out of ketenscan scan)");
        }
        try (ScanStore store = ScanStore.open(folder)) {
            if (!store.hasScan()) {
                throw new UserError(ExitCode.USAGE, folder + " holds no scan; run ketenscan scan --out " + folder + " first");
            }
            return SiteAudit.apply(store.results());
        }
    }
}
