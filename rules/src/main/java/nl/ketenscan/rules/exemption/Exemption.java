package nl.ketenscan.rules.exemption;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The exemptions of the Besluit digitale toegankelijkheid overheid that a scan can recognise.
 * Exempt content is listed in reports, not counted. Prerecorded media published before
 * 23 September 2020 are exempt as well, but a page does not say when its video was published, so
 * the scan leaves that to a person.
 */
public enum Exemption {
    /** Office files (PDF, Word…) published before 23 September 2018, unless needed for an active process. */
    OFFICE_FILE_BEFORE_2018("office-file-before-2018-09-23"),
    /** Content of third parties that the organisation neither funds, develops nor controls. */
    THIRD_PARTY_CONTENT("third-party-content");

    /** Office files published before this day are exempt. */
    public static final LocalDate OFFICE_FILE_CUTOFF = LocalDate.of(2018, 9, 23);

    private final String id;

    Exemption(String id) {
        this.id = id;
    }

    /** The name used in results.json. */
    public String id() {
        return id;
    }

    /**
     * The exemption of an office file created on {@code created}; empty when it is not exempt or the
     * date is unknown.
     */
    public static Optional<Exemption> forDocument(LocalDate created) {
        return created != null && created.isBefore(OFFICE_FILE_CUTOFF)
                ? Optional.of(OFFICE_FILE_BEFORE_2018)
                : Optional.empty();
    }
}
