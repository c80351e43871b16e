package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.ketenscan.cli.StoredScans.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}: the HTML report in Dutch by default, in English on request, nothing else. */
class ReportLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theReportIsDutchByDefaultAndEnglishWithLangEn() throws IOException {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", Instant.parse("2026-01-05T08:00:00Z"), GEMEENTE,
                page("", LOGO));

        assertEquals(0, StoredScans.run("report", "--from", scan.toString()).exitCode());
        Document dutch = Jsoup.parse(Files.readString(scan.resolve("index.html")));
        assertEquals(0, StoredScans.run("report", "--from", scan.toString(), "--lang", "en").exitCode());
        Document english = Jsoup.parse(Files.readString(scan.resolve("index.html")));

        assertEquals("nl", dutch.selectFirst("html").attr("lang"));
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertTrue(english.selectFirst("h1").text().startsWith("Accessibility"), english.selectFirst("h1").text());
    }

    @Test
    void anotherLanguageIsAUsageError() {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", Instant.parse("2026-01-05T08:00:00Z"), GEMEENTE,
                page("", LOGO));

        Run run = StoredScans.run("report", "--from", scan.toString(), "--lang", "de");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--lang de is not a report language; choose nl or en"), run.err());
    }
}
