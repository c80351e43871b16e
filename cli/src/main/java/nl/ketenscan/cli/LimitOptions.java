package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import picocli.CommandLine.Option;

/** Command-line overrides of the limits; each one left out keeps the configured value. */
final class LimitOptions {

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages per organisation (default 500).")
    Integer maxPages;

    @Option(names = "--max-depth", paramLabel = "N", description = "Link steps from a seed; 0 scans only the seeds (default 10).")
    Integer maxDepth;

    @Option(names = "--browsers", paramLabel = "N", description = "Browser sessions in parallel, on the Grid with --grid (default 2).")
    Integer browsers;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Timeout of one HTTP request, e.g. 20s (default 20s).")
    String timeout;

    @Option(names = "--page-budget", paramLabel = "DURATION", description = "Time for loading and checking one page (default 45s).")
    String pageBudget;

    @Option(names = "--max-page-size", paramLabel = "SIZE", description = "Larger pages are recorded, not checked, e.g. 5MB (default 10MB).")
    String maxPageSize;

    @Option(names = "--max-document-size", paramLabel = "SIZE", description = "Larger documents (PDF, office files) are "
            + "listed, not checked, e.g. 20MB (default 50MB).")
    String maxDocumentSize;

    @Option(names = "--host-connections", paramLabel = "N", description = "Requests one host gets at the same time "
            + "(default 4).")
    Integer hostConnections;

    @Option(names = "--host-rate", paramLabel = "N", description = "Requests one host gets per second, e.g. 2 or 0.5 "
            + "(default 8); a robots.txt Crawl-delay slows it further. Raise it only for your own servers.")
    Double hostRate;

    Limits applyTo(Limits limits) {
        try {
            return new Limits(
                    atLeast("--max-pages", 1, maxPages, limits.maxPages()),
                    atLeast("--max-depth", 0, maxDepth, limits.maxDepth()),
                    timeout != null ? ConfigLoader.parseDuration(timeout) : limits.requestTimeout(),
                    pageBudget != null ? ConfigLoader.parseDuration(pageBudget) : limits.pageBudget(),
                    maxPageSize != null ? ConfigLoader.parseSize(maxPageSize) : limits.maxPageBytes(),
                    atLeast("--browsers", 1, browsers, limits.browsers()),
                    atLeast("--host-connections", 1, hostConnections, limits.hostConnections()),
                    positive("--host-rate", hostRate, limits.hostRequestsPerSecond()),
                    maxDocumentSize != null ? ConfigLoader.parseSize(maxDocumentSize) : limits.maxDocumentBytes());
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }

    private static double positive(String option, Double given, double configured) {
        if (given == null) {
            return configured;
        }
        if (!(given > 0) || given.isInfinite()) {
            throw new IllegalArgumentException(option + " must be a positive number of requests per second, e.g. 2 or"
                    + " 0.5, not " + given);
        }
        return given;
    }

    private static int atLeast(String option, int minimum, Integer given, int configured) {
        if (given == null) {
            return configured;
        }
        if (given < minimum) {
            throw new IllegalArgumentException(option + " must be at least " + minimum + ", not " + given);
        }
        return given;
    }
}
