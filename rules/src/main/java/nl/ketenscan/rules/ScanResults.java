package nl.ketenscan.rules;

import java.time.Instant;
import java.util.List;

/**
 * The whole outcome of one scan, as read back from the scan store: what reports are rendered from.
 *
 * @param complete false when the scan stopped early (interrupted, page budget reached); reports say so
 */
public record ScanResults(String toolVersion, String axeVersion, String scanId, Instant startedAt,
                          Instant finishedAt, boolean complete, List<OrganisationResults> organisations) {

    public ScanResults {
        organisations = List.copyOf(organisations);
    }

    /** The same scan with other organisation results, e.g. with site findings added. */
    public ScanResults withOrganisations(List<OrganisationResults> organisations) {
        return new ScanResults(toolVersion, axeVersion, scanId, startedAt, finishedAt, complete, organisations);
    }
}
