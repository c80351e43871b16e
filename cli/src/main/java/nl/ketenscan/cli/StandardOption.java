package nl.ketenscan.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.ketenscan.rules.criteria.Standard;
import picocli.CommandLine.Option;

/** {@code --standard}: the WCAG version a scan measures against, for {@code scan} and {@code demo}. */
final class StandardOption {

    static final String NAME = "--standard";

    @Option(names = NAME, paramLabel = "WCAG", description = "The norm to check against: wcag21 (default: WCAG 2.1 "
            + "A and AA, as the Besluit asks today) or wcag22 (WCAG 2.2 A and AA, the next EN 301 549: without 4.1.1, "
            + "with 2.4.11, 2.5.7, 2.5.8, 3.2.6, 3.3.7 and 3.3.8).")
    String standard;

    /** Whether the option was given at all, so a resumed scan can keep its own. */
    boolean given() {
        return standard != null;
    }

    /** @throws UserError with exit code 2 for a name that is no standard */
    Standard standard() {
        if (standard == null) {
            return Standard.WCAG21;
        }
        return Standard.byId(standard).orElseThrow(() -> new UserError(ExitCode.USAGE, NAME + " " + standard
                + " is not a choice; use " + Arrays.stream(Standard.values()).map(Standard::id)
                .collect(Collectors.joining(" or "))));
    }
}
