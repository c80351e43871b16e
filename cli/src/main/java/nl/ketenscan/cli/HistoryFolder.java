package nl.ketenscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.history.OrganisationSummary;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * A folder of scan summaries, one small JSON file per scan, named after when the scan started so the
 * folder lists in time order. Recording a scan again (a report rendered anew) replaces its file
 * instead of adding a second point.
 *
 * <p>A file ketenscan cannot read is left out of the trend with a note naming it, never fatal: a
 * history kept for years should survive one damaged file.
 */
final class HistoryFolder {

    static final String FORMAT_KEY = "ketenscan-history";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path folder;

    HistoryFolder(Path folder) {
        this.folder = folder;
    }

    /** What the folder gave back: the summaries in time order, and a note per file it could not read. */
    record Read(List<ScanSummary> summaries, List<String> notes) {
    }

    /** @throws UncheckedIOException when the folder cannot be written */
    void record(ScanSummary summary) {
        Path file = folder.resolve(FILE_TIME.format(summary.startedAt()) + "-" + shortId(summary.scanId()) + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(summary)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the scan in the history folder " + folder + ": "
                    + e.getMessage() + "; check that it is a writable folder", e);
        }
    }

    Read read() {
        List<ScanSummary> summaries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(summaries, notes);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                try {
                    summaries.add(fromJson(MAPPER.readTree(file.toFile())));
                } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                    notes.add(file + " is not a ketenscan history file (" + e.getMessage().lines().findFirst().orElse("")
                            + "); left out of the trend");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history folder " + folder + ": " + e.getMessage(), e);
        }
        summaries.sort(Comparator.comparing(ScanSummary::startedAt));
        return new Read(summaries, notes);
    }

    /** Scan ids are UUIDs; the first block tells two scans of the same second apart. */
    private static String shortId(String scanId) {
        String safe = scanId.replaceAll("[^A-Za-z0-9-]", "");
        return safe.length() > 8 ? safe.substring(0, 8) : safe;
    }

    private static ObjectNode toJson(ScanSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(FORMAT_KEY, FORMAT);
        root.put("scanId", summary.scanId());
        root.put("startedAt", summary.startedAt().toString());
        root.put("toolVersion", summary.toolVersion());
        root.put("complete", summary.complete());
        ArrayNode organisations = root.putArray("organisations");
        for (OrganisationSummary o : summary.organisations()) {
            ObjectNode node = organisations.addObject();
            node.put("name", o.name());
            node.put("pages", o.pages());
            node.put("pagesWithErrors", o.pagesWithErrors());
            node.put("critical", o.critical());
            node.put("serious", o.serious());
            node.put("moderate", o.moderate());
            node.put("minor", o.minor());
            node.put("failingCriteria", o.failingCriteria());
            node.put("pagesWithText", o.pagesWithText());
            node.put("pagesAboveB1", o.pagesAboveB1());
        }
        return root;
    }

    private static ScanSummary fromJson(JsonNode root) {
        if (root.path(FORMAT_KEY).asInt() != FORMAT) {
            throw new IllegalArgumentException("no " + FORMAT_KEY + ": " + FORMAT);
        }
        List<OrganisationSummary> organisations = new ArrayList<>();
        for (JsonNode o : required(root, "organisations")) {
            organisations.add(new OrganisationSummary(required(o, "name").asText(), number(o, "pages"),
                    number(o, "pagesWithErrors"), number(o, "critical"), number(o, "serious"), number(o, "moderate"),
                    number(o, "minor"), number(o, "failingCriteria"), number(o, "pagesWithText"),
                    number(o, "pagesAboveB1")));
        }
        return new ScanSummary(required(root, "scanId").asText(), Instant.parse(required(root, "startedAt").asText()),
                root.path("toolVersion").asText(null), root.path("complete").asBoolean(false), organisations);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException(field + " is not a number");
        }
        return value.asInt();
    }
}
