package nl.ketenscan.rules.assessment;

import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.Exemption;

/**
 * What the scan can say of one published document. A document the scan did not check (too large,
 * timed out, unreadable, or of a format ketenscan does not read) is {@link #NOT_CHECKED}: nothing
 * unchecked ever reads as "no failures".
 */
public enum DocumentVerdict {
    /** Exempt by its date; not checked, and not counted in the verdicts. */
    EXEMPT("exempt"),
    NOT_CHECKED("not-checked"),
    FAILED("failed"),
    NEEDS_REVIEW("needs-review"),
    NO_FAILURES_FOUND("no-failures-found");

    private final String id;

    DocumentVerdict(String id) {
        this.id = id;
    }

    /** The id in results.json and the report's text keys. */
    public String id() {
        return id;
    }

    /** A checked document has features (possibly none), as a rendered page has; see {@code DocumentCheck}. */
    static DocumentVerdict of(PageResult document, Exemption exemption) {
        if (exemption != null && document.findings().isEmpty()) {
            return EXEMPT;
        }
        if (document.hasFailures()) {
            return FAILED;
        }
        // a document partly checked (veraPDF failed, say) proves nothing by the failures it lacks
        if (document.error() != null || document.features() == null) {
            return NOT_CHECKED;
        }
        return document.findings().stream().anyMatch(f -> f.outcome() == Outcome.NEEDS_REVIEW)
                ? NEEDS_REVIEW : NO_FAILURES_FOUND;
    }
}
