package nl.ketenscan.rules.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.assessment.ChainAssessment;

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

    public static ScanSummary of(ChainAssessment assessment) {
        return new ScanSummary(assessment.scan().scanId(), assessment.scan().startedAt(),
                assessment.scan().toolVersion(), assessment.scan().complete(),
                assessment.organisations().stream().map(OrganisationSummary::of).toList());
    }
}
