package nl.ketenscan.rules.exemption;

import java.util.Locale;
import java.util.Optional;

/**
 * The office files the Besluit speaks of ("kantoorbestanden": PDF, Word and the like), told apart by
 * the Content-Type the server sent. WCAG-EM wants one of each in the sample, and the exemption for
 * office files published before 23 September 2018 applies to all of them.
 */
public enum DocumentKind {
    PDF("PDF"),
    WORD("Word"),
    EXCEL("Excel"),
    POWERPOINT("PowerPoint"),
    OPENDOCUMENT("OpenDocument");

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The name users know the format by, e.g. "Word". */
    public String title() {
        return title;
    }

    /** The kind of office file a Content-Type announces; empty for HTML, images and everything else. */
    public static Optional<DocumentKind> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return Optional.of(PDF);
        }
        if (type.equals("application/msword") || type.startsWith(OOXML + "wordprocessingml")) {
            return Optional.of(WORD);
        }
        if (type.equals("application/vnd.ms-excel") || type.startsWith(OOXML + "spreadsheetml")) {
            return Optional.of(EXCEL);
        }
        if (type.equals("application/vnd.ms-powerpoint") || type.startsWith(OOXML + "presentationml")) {
            return Optional.of(POWERPOINT);
        }
        if (type.startsWith("application/vnd.oasis.opendocument.")) {
            return Optional.of(OPENDOCUMENT);
        }
        return Optional.empty();
    }
}
