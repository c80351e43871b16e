package nl.ketenscan.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import nl.ketenscan.crawler.Limits;
import nl.ketenscan.crawler.crawl.HashRoutes;
import nl.ketenscan.rules.criteria.Standard;

/**
 * What a scan was started with besides its organisations, kept in its store so that a resumed scan goes
 * on as it started: a scan killed at {@code --max-pages 100} ends at 100 pages after {@code --resume},
 * not at the default.
 *
 * @param limits     the limits the scan started with
 * @param staticMode true for {@code --no-browser}
 * @param hashRoutes which link fragments are pages of their own ({@code --hash-routes}): a resumed scan
 *                   that took them otherwise would add or drop a single-page site's routes halfway
 * @param standard   the WCAG version it checks against ({@code --standard})
 */
record ScanSettings(Limits limits, boolean staticMode, HashRoutes hashRoutes, Standard standard) {

    private static final String NO_BROWSER = "--no-browser";
    private static final String HASH_ROUTES = "--hash-routes";
    private static final String MAX_DOCUMENT_SIZE = "--max-document-size";

    /** Each limit by the option that sets it, which also names it in the store. */
    private static final Map<String, Function<Limits, Object>> LIMITS = limitsByOption();

    ScanSettings {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(hashRoutes, "hashRoutes");
        Objects.requireNonNull(standard, "standard");
    }

    /** The settings as the store keeps them. */
    Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        LIMITS.forEach((option, limit) -> map.put(option, String.valueOf(limit.apply(limits))));
        map.put(NO_BROWSER, Boolean.toString(staticMode));
        map.put(HASH_ROUTES, hashRoutes.name());
        map.put(Standard.SETTING, standard.id());
        return map;
    }

    /**
     * The settings a store kept.
     *
     * @return empty for a scan started before ketenscan kept them
     */
    static Optional<ScanSettings> fromMap(Map<String, String> stored) {
        if (!stored.keySet().containsAll(LIMITS.keySet().stream().filter(o -> !o.equals(MAX_DOCUMENT_SIZE)).toList())) {
            return Optional.empty();
        }
        try {
            Limits limits = new Limits(Integer.parseInt(stored.get("--max-pages")),
                    Integer.parseInt(stored.get("--max-depth")), Duration.parse(stored.get("--timeout")),
                    Duration.parse(stored.get("--page-budget")), Long.parseLong(stored.get("--max-page-size")),
                    Integer.parseInt(stored.get("--browsers")), Integer.parseInt(stored.get("--host-connections")),
                    Double.parseDouble(stored.get("--host-rate")),
                    // a store from before documents had their own limit read them with the default
                    Long.parseLong(stored.getOrDefault(MAX_DOCUMENT_SIZE, String.valueOf(Limits.DEFAULT_MAX_DOCUMENT_BYTES))));
            // a store from before --hash-routes was kept ran with its default
            HashRoutes hashRoutes = HashRoutes.valueOf(stored.getOrDefault(HASH_ROUTES, HashRoutes.AUTO.name()));
            return Optional.of(new ScanSettings(limits, Boolean.parseBoolean(stored.get(NO_BROWSER)), hashRoutes,
                    Standard.stored(stored)));
        } catch (RuntimeException e) {
            throw new UserError(ExitCode.USAGE, "the scan store's settings cannot be read (" + e.getMessage()
                    + "); the scan cannot be resumed: start a new one in another --out folder");
        }
    }

    /** What {@code requested} changes in these settings, as "--option stored → requested". */
    List<String> differencesFrom(ScanSettings requested) {
        List<String> differences = new ArrayList<>();
        LIMITS.forEach((option, limit) -> {
            Object was = limit.apply(limits);
            Object asked = limit.apply(requested.limits());
            if (!was.equals(asked)) {
                differences.add(option + " " + was + " (given now: " + asked + ")");
            }
        });
        if (standard != requested.standard()) {
            differences.add(Standard.SETTING + " " + standard.id() + " (given now: " + requested.standard().id() + ")");
        }
        if (staticMode != requested.staticMode()) {
            differences.add(staticMode ? NO_BROWSER : "a browser (given now: " + NO_BROWSER + ")");
        }
        if (hashRoutes != requested.hashRoutes()) {
            differences.add(HASH_ROUTES + " " + CrawlOptions.modeName(hashRoutes)
                    + " (given now: " + CrawlOptions.modeName(requested.hashRoutes()) + ")");
        }
        return differences;
    }

    private static Map<String, Function<Limits, Object>> limitsByOption() {
        Map<String, Function<Limits, Object>> limits = new LinkedHashMap<>();
        limits.put("--max-pages", Limits::maxPages);
        limits.put("--max-depth", Limits::maxDepth);
        limits.put("--timeout", Limits::requestTimeout);
        limits.put("--page-budget", Limits::pageBudget);
        limits.put("--max-page-size", Limits::maxPageBytes);
        limits.put("--browsers", Limits::browsers);
        limits.put("--host-connections", Limits::hostConnections);
        limits.put("--host-rate", Limits::hostRequestsPerSecond);
        limits.put(MAX_DOCUMENT_SIZE, Limits::maxDocumentBytes);
        return Collections.unmodifiableMap(limits);
    }
}
