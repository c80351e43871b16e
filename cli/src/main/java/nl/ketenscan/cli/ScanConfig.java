package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.rules.Organisation;

/**
 * Everything a configuration file says: whom to scan and within which limits.
 *
 * @param logins the login forms of the organisations that have one, by organisation name
 */
public record ScanConfig(List<Organisation> organisations, Limits limits, Map<String, LoginForm> logins) {

    public ScanConfig {
        organisations = List.copyOf(organisations);
        Objects.requireNonNull(limits, "limits");
        logins = Map.copyOf(logins);
    }

    /** Organisations without a login form. */
    public ScanConfig(List<Organisation> organisations, Limits limits) {
        this(organisations, limits, Map.of());
    }
}
