package nl.ketenscan.rules.criteria;

/**
 * What an automated scan can say about one success criterion for one organisation. Never
 * "passes": a scan proves failures, not conformance.
 */
public enum Verdict {
    /** At least one automated check proved a failure. */
    FAILS("fails"),
    /** Checks found something only a person can judge (axe "incomplete", a ketenscan heuristic). */
    NEEDS_REVIEW("needs-review"),
    /** Automated checks ran and found nothing; a person must still verify the rest of the criterion. */
    NO_AUTOMATED_FAILURES("no-automated-failures"),
    /** No automated check exists, or none could run; listed so the auditor sees the gap. */
    MANUAL_ONLY("manual-only"),
    /** None of the checked pages holds content the criterion applies to, e.g. no video for captions. */
    NOT_APPLICABLE("not-applicable"),
    /**
     * W3C's errata declare the criterion satisfied for all content in HTML or XML, whatever a check
     * finds: 4.1.1 Parsing, removed in WCAG 2.2 ({@link Criterion#ERRATA}).
     */
    ALWAYS_SATISFIED("always-satisfied");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The name used in results.json. */
    public String id() {
        return id;
    }
}
