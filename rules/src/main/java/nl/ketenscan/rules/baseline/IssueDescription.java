package nl.ketenscan.rules.baseline;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;

/**
 * One line that tells a reviewer which defect a fingerprint stands for, e.g.
 * {@code image-alt at header > img.logo: Element does not have an alt attribute (3 pages, e.g. https://…/)}.
 */
public final class IssueDescription {

    private static final int MAX_MESSAGE = 160;

    private IssueDescription() {
    }

    /** The issue by rule, element and pages, as a baseline file lists it. */
    public static String of(Issue issue) {
        return of(issue, null);
    }

    /**
     * @param message the issue's message as the caller words it (the rules hold keys, not words);
     *                only its first statement is used; null for none
     */
    public static String of(Issue issue, String message) {
        Finding example = issue.example();
        String where = example.selector() == null || example.selector().isBlank() ? "the page" : example.selector();
        StringBuilder text = new StringBuilder(example.rule()).append(" at ").append(where);
        String statement = firstStatement(message);
        if (!statement.isEmpty()) {
            text.append(": ").append(statement);
        }
        int pages = issue.pages().size();
        if (pages > 0) {
            text.append(" (").append(pages == 1 ? "1 page, " : pages + " pages, e.g. ").append(issue.pages().get(0))
                    .append(')');
        }
        return text.toString();
    }

    /**
     * axe's failure summaries, as stores written before messages had keys hold them, start with a
     * heading such as "Fix any of the following:" and list one check per line; the first check says
     * enough, and a description must stay one line.
     */
    static String firstStatement(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.endsWith(":")) {
                return trimmed.length() > MAX_MESSAGE ? trimmed.substring(0, MAX_MESSAGE - 1) + "…" : trimmed;
            }
        }
        return "";
    }
}
