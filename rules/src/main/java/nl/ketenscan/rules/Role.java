package nl.ketenscan.rules;

import java.util.Locale;

/** The place of an organisation in the chain: the municipality itself, or one of its partners. */
public enum Role {
    GEMEENTE, KETENPARTNER;

    /** The name used in configuration files and results.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "', expected gemeente or ketenpartner");
    }
}
