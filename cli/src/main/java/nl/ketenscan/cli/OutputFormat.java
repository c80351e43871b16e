package nl.ketenscan.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The outputs a scan folder can get, chosen with {@code --format}; each has one fixed file name. */
enum OutputFormat {
    HTML("index.html"),
    JSON("results.json"),
    SARIF("results.sarif"),
    JUNIT("junit.xml"),
    CSV("issues.csv");

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<OutputFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
