package nl.ketenscan.rules.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.ScanResults;

/**
 * The few numbers of one scan that a trend needs, small enough to keep one file per scan for years.
 *
 * @param complete false when the scan stopped early; a trend shows such a point as incomplete
 */
public record ScanSummary(String scanId, Instant startedAt, String toolVersion, boolean complete,
                          List<OrganisationSummary> organisations) {

    public ScanSummary {
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(startedAt, "startedAt");
        organisations = List.copyOf(organisations);
    }

    public static ScanSummary of(ScanResults results) {
        return new ScanSummary(results.scanId(), results.startedAt(), results.toolVersion(), results.complete(),
                results.organisations().stream().map(OrganisationSummary::of).toList());
    }
}
