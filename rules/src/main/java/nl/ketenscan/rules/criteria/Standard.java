package nl.ketenscan.rules.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The version of WCAG a scan measures against ({@code --standard}). WCAG 2.1 A and AA is what the
 * Besluit asks today (EN 301 549 v3.2.1); WCAG 2.2, which the next EN 301 549 takes up, drops 4.1.1
 * Parsing and adds six A and AA criteria. The standard decides the criteria catalogue, axe-core's tags
 * and the name every output gives the scan's norm.
 */
public enum Standard {

    WCAG21("wcag21", "WCAG 2.1 AA / EN 301 549 v3.2.1", "wcag21-aa.csv", "2.1",
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")),
    WCAG22("wcag22", "WCAG 2.2 AA", "wcag22-aa.csv", "2.2",
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));

    /** The A and AA criteria WCAG 2.2 added to WCAG 2.1's. */
    public static final Set<String> ADDED_IN_WCAG22 = Set.of("2.4.11", "2.5.7", "2.5.8", "3.2.6", "3.3.7", "3.3.8");
    /** The criterion WCAG 2.2 removed: 4.1.1 Parsing. */
    public static final Set<String> REMOVED_IN_WCAG22 = Set.of("4.1.1");

    /** The key the scan store keeps the standard under, with the scan's other settings. */
    public static final String SETTING = "--standard";

    private final String id;
    private final String displayName;
    private final String table;
    private final String version;
    private final List<String> axeTags;

    Standard(String id, String displayName, String table, String version, List<String> axeTags) {
        this.id = id;
        this.displayName = displayName;
        this.table = table;
        this.version = version;
        this.axeTags = axeTags;
    }

    /** As {@code --standard} and the store name it: {@code wcag21}, {@code wcag22}. */
    public String id() {
        return id;
    }

    /** The norm as results.json, the report, EARL and the deviations name it, e.g. "WCAG 2.2 AA". */
    public String displayName() {
        return displayName;
    }

    /** The WCAG version number, "2.1" or "2.2", as W3C's addresses and EARL's test subjects write it. */
    public String version() {
        return version;
    }

    /** axe-core's tags for this version's A and AA rules. */
    public List<String> axeTags() {
        return axeTags;
    }

    String table() {
        return table;
    }

    /**
     * Whether a finding about these criteria is outside this standard: each of them is one the other
     * version alone has (a WCAG 2.2 addition in a WCAG 2.1 scan, 4.1.1 in a WCAG 2.2 scan). A finding
     * without criteria, or with one this standard has, is kept.
     */
    public boolean excludes(List<String> criteria) {
        Set<String> otherOnly = this == WCAG21 ? ADDED_IN_WCAG22 : REMOVED_IN_WCAG22;
        return !criteria.isEmpty() && otherOnly.containsAll(criteria);
    }

    /** The catalogue of this standard's A and AA criteria. */
    public CriteriaCatalogue catalogue() {
        return CriteriaCatalogue.of(this);
    }

    /** The standard named {@code id}; empty for any other text. */
    public static Optional<Standard> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** The standard a store's settings name; WCAG 2.1 for a scan stored before the choice existed. */
    public static Standard stored(Map<String, String> settings) {
        String id = settings.get(SETTING);
        return id == null ? WCAG21 : byId(id).orElseThrow(() -> new IllegalArgumentException(
                "the scan store names the standard '" + id + "', which this ketenscan does not know"));
    }
}
