package nl.ketenscan.report;

import java.nio.file.Path;
import java.util.List;

/**
 * One output a scan folder can get, chosen with {@code --format} by its {@link #id()}. Each is a pure
 * rendering of the {@link ReportInput}: it counts, judges and groups nothing itself. To add one,
 * write a class implementing this and list it in {@link ReportFormats}.
 */
public interface ReportFormat {

    /** The name {@code --format} chooses it by, e.g. {@code json}. */
    String id();

    /** The file it writes into the folder, or their pattern when it writes one per organisation. */
    String fileName();

    /**
     * The ids of outputs this one links to, written with it so that no link is dead: the HTML report
     * links to each organisation's deviations and WCAG-EM evaluation.
     */
    default List<String> companions() {
        return List.of();
    }

    /**
     * Writes the output into {@code folder}, replacing what an earlier run wrote there.
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    void write(ReportInput input, Path folder);
}
