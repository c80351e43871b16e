package nl.ketenscan.rules;

import java.util.Locale;
import java.util.Optional;

/** How badly a finding hinders users, on axe-core's four-step scale, most severe first. */
public enum Impact {
    CRITICAL, SERIOUS, MODERATE, MINOR;

    /** The lower-case name used by axe-core and in results.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads axe-core's impact word; axe leaves impact empty for some incomplete results. */
    public static Optional<Impact> fromId(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        for (Impact impact : values()) {
            if (impact.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(impact);
            }
        }
        return Optional.empty();
    }
}
