package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.Organisation;

/** Everything a configuration file says: whom to scan and within which limits. */
public record ScanConfig(List<Organisation> organisations, Limits limits) {

    public ScanConfig {
        organisations = List.copyOf(organisations);
        Objects.requireNonNull(limits, "limits");
    }
}
