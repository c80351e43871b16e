package nl.ketenscan.rules.statement;

import java.util.Optional;

/**
 * The status of a toegankelijkheidsverklaring under the Besluit digitale toegankelijkheid overheid,
 * A (voldoet volledig) to E (geen verklaring). The letters and Dutch labels are the ones the register
 * and the status label use, so reports show them as an organisation knows them.
 */
public enum StatementStatus {
    A("voldoet volledig"),
    B("voldoet gedeeltelijk"),
    C("eerste maatregelen genomen"),
    D("voldoet niet"),
    E("geen verklaring");

    private final String dutchLabel;

    StatementStatus(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /** The label the register gives the status, e.g. "voldoet gedeeltelijk". */
    public String dutchLabel() {
        return dutchLabel;
    }

    /** The status for a letter A–E as written in results.json and the store; empty for anything else. */
    public static Optional<StatementStatus> fromLetter(String letter) {
        for (StatementStatus status : values()) {
            if (status.name().equals(letter)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
