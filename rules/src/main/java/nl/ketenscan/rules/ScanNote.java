package nl.ketenscan.rules;

import java.util.Objects;

/**
 * Something about how a scan went that its readers must know to judge the results: a host that
 * stopped answering and was left alone, a calendar that was not followed to the end, a robots.txt
 * that forbade a seed, checks that did not run.
 *
 * @param organisation the organisation it concerns, or null when it concerns the whole scan
 * @param message      worded in the report's language when it is shown
 */
public record ScanNote(String organisation, Message message) {

    public ScanNote {
        Objects.requireNonNull(message, "message");
    }
}
