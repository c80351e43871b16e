package nl.ketenscan.cli;

/**
 * A problem the user can fix, with the exit code that goes with it. The message is printed as it
 * is, so it must say what to do.
 */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
