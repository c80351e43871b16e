package nl.ketenscan.rules;

import java.time.Instant;
import java.util.List;

/**
 * The whole outcome of one scan, as read back from the scan store: what reports are rendered from.
 *
 * @param complete false when the scan stopped early (interrupted, page budget reached); reports say so
 * @param notes    what readers must know about how the scan went, in the order it was noted
 * @param browserVersion the browser that checked the pages, by name and version; null in static mode
 *                       and in scans stored before ketenscan kept it
 */
public record ScanResults(String toolVersion, String axeVersion, String scanId, Instant startedAt,
                          Instant finishedAt, boolean complete, List<OrganisationResults> organisations,
                          List<ScanNote> notes, String browserVersion) {

    /** The axe version a scan without the browser ({@code --no-browser}) records: axe did not run. */
    public static final String AXE_NOT_RUN = "not run (--no-browser)";

    public ScanResults {
        organisations = List.copyOf(organisations);
        notes = List.copyOf(notes);
    }

    /** A scan whose browser is not known. */
    public ScanResults(String toolVersion, String axeVersion, String scanId, Instant startedAt,
                       Instant finishedAt, boolean complete, List<OrganisationResults> organisations,
                       List<ScanNote> notes) {
        this(toolVersion, axeVersion, scanId, startedAt, finishedAt, complete, organisations, notes, null);
    }

    /** A scan without notes. */
    public ScanResults(String toolVersion, String axeVersion, String scanId, Instant startedAt,
                       Instant finishedAt, boolean complete, List<OrganisationResults> organisations) {
        this(toolVersion, axeVersion, scanId, startedAt, finishedAt, complete, organisations, List.of());
    }

    /** The same scan with other organisation results, e.g. with site findings added. */
    public ScanResults withOrganisations(List<OrganisationResults> organisations) {
        return new ScanResults(toolVersion, axeVersion, scanId, startedAt, finishedAt, complete, organisations, notes,
                browserVersion);
    }
}
