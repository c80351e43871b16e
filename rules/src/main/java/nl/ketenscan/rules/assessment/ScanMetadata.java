package nl.ketenscan.rules.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Standard;

/**
 * When and with what a scan ran, and what its readers must know about how it went. Any of the
 * strings and times may be null for a store that lost them; outputs that require them say so.
 *
 * @param complete false when the scan stopped early (interrupted, page budget reached)
 * @param notes    about the whole scan and about single organisations, in the order noted
 * @param browserVersion the browser that checked the pages; null in static mode or when not recorded
 * @param standard the WCAG version the scan measures against
 */
public record ScanMetadata(String toolVersion, String axeVersion, String scanId, Instant startedAt,
                           Instant finishedAt, boolean complete, List<ScanNote> notes, String browserVersion,
                           Standard standard) {

    /** The time zone whose calendar days the scan's dates are counted in: the Netherlands'. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public ScanMetadata {
        notes = List.copyOf(notes);
        Objects.requireNonNull(standard, "standard");
    }

    /** Whether axe checked the scan's pages: false for a scan without the browser ({@code --no-browser}). */
    public boolean axeRan() {
        return !ScanResults.AXE_NOT_RUN.equals(axeVersion);
    }
}
