package nl.ketenscan.cli;

/** The documented exit codes; CI pipelines rely on them. */
final class ExitCode {
    static final int FINISHED = 0;
    /** A gate (--fail-on, --max-issues, --fail-on-criteria, --baseline) found the scan worse than allowed. */
    static final int GATE_FAILED = 1;
    static final int USAGE = 2;
    static final int CANNOT_RUN = 3;

    private ExitCode() {
    }
}
