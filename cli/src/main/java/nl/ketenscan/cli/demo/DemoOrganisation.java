package nl.ketenscan.cli.demo;

import nl.ketenscan.rules.Role;

/**
 * The three fictional organisations of the demo chain. The key names both the resource folder
 * ({@code demo/<key>/}) and the placeholder ({@code {{origin:<key>}}}) that links to the site.
 */
enum DemoOrganisation {
    GEMEENTE("gemeente", "Gemeente Lindeveen", Role.GEMEENTE),
    BIBLIOTHEEK("bibliotheek", "Bibliotheek Lindeveen", Role.KETENPARTNER),
    WELZIJN("welzijn", "Welzijn Lindeveen", Role.KETENPARTNER);

    private final String key;
    private final String displayName;
    private final Role role;

    DemoOrganisation(String key, String displayName, Role role) {
        this.key = key;
        this.displayName = displayName;
        this.role = role;
    }

    String key() {
        return key;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    /** The classpath folder holding this site's files, with a trailing slash. */
    String resourceRoot() {
        return "demo/" + key + "/";
    }
}
