package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.CONTRAST;
import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenscan.rules.history.ScanSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFolderTest {

    @TempDir
    Path dir;

    @Test
    void eachScanIsOneFileAndRecordingItAgainReplacesIt() throws IOException {
        Path history = dir.resolve("history");
        Path january = StoredScans.write(dir.resolve("jan"), "0a1b2c3d-e5f6", Instant.parse("2026-01-05T08:00:00Z"),
                GEMEENTE, page("", LOGO, CONTRAST));
        Path february = StoredScans.write(dir.resolve("feb"), "9f8e7d6c-b5a4", Instant.parse("2026-02-05T08:00:00Z"),
                GEMEENTE, page("", LOGO));

        StoredScans.run("report", "--from", january.toString(), "--history", history.toString());
        StoredScans.run("report", "--from", february.toString(), "--history", history.toString());
        StoredScans.run("report", "--from", february.toString(), "--history", history.toString());

        try (Stream<Path> files = Files.list(history)) {
            assertEquals(List.of("20260105T080000Z-0a1b2c3d.json", "20260205T080000Z-9f8e7d6c.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<ScanSummary> read = new HistoryFolder(history).read().summaries();
        assertEquals(List.of(2, 1), read.stream().map(s -> s.organisations().get(0).critical() + s.organisations().get(0).serious()).toList());
        Document page = Jsoup.parse(february.resolve("organisatie-gemeente-proefstad.html").toFile(), "UTF-8");
        assertNotNull(page.getElementById("trend"));
        assertEquals(3, page.select("#trend ~ figure svg[role=img]").size());
    }

    @Test
    void anUnreadableFileIsLeftOutWithANote() throws IOException {
        Path history = Files.createDirectories(dir.resolve("history"));
        Files.writeString(history.resolve("20250101T000000Z-broken.json"), "{ not json");
        Files.writeString(history.resolve("20250102T000000Z-other.json"), "{\"something\": 1}");
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", Instant.parse("2026-01-05T08:00:00Z"), GEMEENTE,
                page("", LOGO));

        HistoryFolder.Read read = new HistoryFolder(history).read();
        StoredScans.Run run = StoredScans.run("report", "--from", scan.toString(), "--history", history.toString());

        assertEquals(0, read.summaries().size());
        assertEquals(2, read.notes().size());
        assertTrue(read.notes().get(0).contains("is not a ketenscan history file"), read.notes().toString());
        assertEquals(0, run.exitCode(), run.err());
    }
}
