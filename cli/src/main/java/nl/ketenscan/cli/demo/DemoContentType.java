package nl.ketenscan.cli.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the demo serves. Anything else is not served at all, so a folder or a stray
 * file on the classpath can never leak out under a guessed name.
 */
enum DemoContentType {
    HTML("html", "text/html; charset=utf-8", true),
    CSS("css", "text/css; charset=utf-8", true),
    XML("xml", "application/xml; charset=utf-8", true),
    TEXT("txt", "text/plain; charset=utf-8", true),
    SVG("svg", "image/svg+xml; charset=utf-8", true),
    PDF("pdf", "application/pdf", false),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);

    private final String extension;
    private final String headerValue;
    private final boolean text;

    DemoContentType(String extension, String headerValue, boolean text) {
        this.extension = extension;
        this.headerValue = headerValue;
        this.text = text;
    }

    /** The value of the Content-Type header. */
    String headerValue() {
        return headerValue;
    }

    /** Whether the file is UTF-8 text in which origin placeholders are filled in. */
    boolean isText() {
        return text;
    }

    static Optional<DemoContentType> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DemoContentType type : values()) {
            if (type.extension.equals(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
