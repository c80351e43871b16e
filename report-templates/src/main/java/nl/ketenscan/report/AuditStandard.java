package nl.ketenscan.report;

/**
 * The standard every report measures against. Written once so that results.json and the HTML
 * report cannot drift apart; it changes only when the Besluit points to a new EN 301 549.
 */
final class AuditStandard {

    static final String NAME = "WCAG 2.1 AA / EN 301 549 v3.2.1";

    private AuditStandard() {
    }
}
