package nl.ketenscan.cli;

import java.io.PrintStream;
import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.Message;

/**
 * Progress for CI logs and redirected output: one plain line per page and per note, which a log
 * keeps readable and searchable. Each event is a single {@code println}, which {@link PrintStream}
 * makes atomic, so lines from worker threads never interleave.
 */
public final class LogLines implements ProgressDisplay {

    private final PrintStream out;

    LogLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        out.println(prefix(organisation) + done + "/" + queued + " " + url + (failed ? " (failed)" : ""));
    }

    @Override
    public void note(String organisation, Message message) {
        out.println(prefix(organisation) + MessageText.english().of(message));
    }

    @Override
    public void close() {
        out.flush();
    }

    /** A note about the whole scan has no organisation. */
    private static String prefix(String organisation) {
        return organisation == null ? "" : "[" + organisation + "] ";
    }
}
