package nl.ketenscan.cli;

import java.io.PrintStream;

/** Chooses how a scan shows its progress: a redrawn line for a person, plain lines for a log. */
public final class ProgressOutput {

    private static final int DEFAULT_WIDTH = 100;

    private ProgressOutput() {
    }

    /**
     * @param terminal whether a person watches {@code err} in a terminal; CI logs and redirected
     *                 output get one line per page instead, since a carriage return garbles them
     */
    public static ProgressDisplay forStderr(PrintStream err, boolean terminal) {
        return terminal
                ? new ProgressBar(err, terminalWidth(System.getenv("COLUMNS")), System::nanoTime)
                : new LogLines(err);
    }

    /** Shells export COLUMNS when asked to; Java has no portable way to ask the terminal itself. */
    static int terminalWidth(String columns) {
        if (columns == null) {
            return DEFAULT_WIDTH;
        }
        try {
            int width = Integer.parseInt(columns.strip());
            return width > 0 ? width : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
