package nl.ketenscan.rules;

import java.util.Locale;

/** Which checker produced a finding. */
public enum Engine {
    AXE, KETENSCAN, VERAPDF;

    /** The name used in results.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Engine fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
