package nl.ketenscan.crawler.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a program the way a shell would, so ketenscan runs the Chromium and chromedriver that the
 * system's packages installed, never a downloaded copy.
 */
final class ExecutableOnPath {

    private final List<Path> directories = new ArrayList<>();

    /** @param searchPath directories separated as in the {@code PATH} environment variable */
    ExecutableOnPath(String searchPath) {
        for (String entry : searchPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                directories.add(Path.of(entry));
            }
        }
    }

    static ExecutableOnPath fromEnvironment() {
        String path = System.getenv("PATH");
        return new ExecutableOnPath(path == null ? "" : path);
    }

    /** The first of {@code names}, in that order of preference, that is an executable on the path. */
    Optional<Path> find(List<String> names) {
        for (String name : names) {
            for (Path directory : directories) {
                Path candidate = directory.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
