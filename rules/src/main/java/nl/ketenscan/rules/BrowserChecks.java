package nl.ketenscan.rules;

import java.util.List;

/**
 * Which of the browser's gatherers ran on a page, so a report can say which browser checks looked at
 * it (on a large organisation the slow ones run on a sample), and why any that should have did not;
 * and the screenshots the browser kept of the page's findings.
 *
 * @param ran         the gatherers that returned what they saw, e.g. {@code reflow}
 * @param notes       why a gatherer or its audits said nothing about the page, in English
 * @param screenshots the evidence kept of some of the page's findings
 */
public record BrowserChecks(List<String> ran, List<String> notes, List<Screenshot> screenshots) {

    /** No browser checks: a page not rendered, or checked before they existed. */
    public static final BrowserChecks NONE = new BrowserChecks(List.of(), List.of());

    public BrowserChecks {
        ran = List.copyOf(ran);
        notes = List.copyOf(notes);
        screenshots = List.copyOf(screenshots);
    }

    /** Checks that kept no screenshot. */
    public BrowserChecks(List<String> ran, List<String> notes) {
        this(ran, notes, List.of());
    }
}
