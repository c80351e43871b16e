package nl.ketenscan.cli;

import nl.ketenscan.crawler.ScanListener;
import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.Message;

/** Shows a running scan to the person or pipeline that started it; closed when the scan ends. */
public interface ProgressDisplay extends ScanListener, AutoCloseable {

    /** A line for the user, in English as the terminal speaks. */
    void note(String organisation, String message);

    /** A scan's note, worded in English. */
    @Override
    default void note(String organisation, Message message) {
        note(organisation, MessageText.english().of(message));
    }

    /** Leaves the output where the next line can start; never fails. */
    @Override
    void close();
}
