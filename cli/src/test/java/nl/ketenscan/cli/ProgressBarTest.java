package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long MILLI = 1_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(5_000 * MILLI);

    @Test
    void drawsTheFirstPageAtOnceOnOneLine() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);

        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);

        assertEquals("\r0:00  1 page | Gemeente Helmond 1/40", output());
    }

    @Test
    void redrawsAtMostEightTimesASecond() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);

        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/a", false, 1, 40);
        now.addAndGet(50 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/b", false, 2, 40);
        now.addAndGet(50 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/c", false, 3, 40);
        assertEquals(List.of("0:00  1 page | Gemeente Helmond 1/40"), frames());

        now.addAndGet(30 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/d", false, 4, 41);
        assertEquals("0:00  4 pages | Gemeente Helmond 4/41", last(frames()));
        assertEquals(2, frames().size());
    }

    @Test
    void closeDrawsWhatThrottlingHeldBackAndEndsTheLine() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/a", false, 1, 40);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/b", true, 2, 40);

        bar.close();

        assertTrue(output().endsWith("\r0:00  2 pages, 1 failed | Gemeente Helmond 2/40" + System.lineSeparator()),
                output());
    }

    @Test
    void closingAScanWithoutPagesWritesNothing() {
        new ProgressBar(err, 100, now::get).close();

        assertEquals("", output());
    }

    @Test
    void showsElapsedTimeAndPagesPerMinute() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        for (int page = 1; page <= 29; page++) {
            bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/" + page, false, page, 100);
        }
        now.addAndGet(90_000 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/30", false, 30, 100);
        now.addAndGet(3_600_000 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/31", false, 31, 100);

        List<String> frames = frames();
        assertEquals("1:30  30 pages  20/min | Gemeente Helmond 30/100", frames.get(1));
        assertEquals("1:01:30  31 pages  1/min | Gemeente Helmond 31/100", frames.get(2));
    }

    @Test
    void showsEachOrganisationInTheOrderTheyStarted() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);
        bar.pageDone("Bibliotheek", "https://www.bibliotheekhelmondpeel.nl/", false, 1, 7);
        now.addAndGet(200 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/a", false, 2, 41);

        assertEquals("0:00  3 pages | Gemeente Helmond 2/41  Bibliotheek 1/7", last(frames()));
    }

    @Test
    void anOlderCountArrivingLateDoesNotGoBackwards() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/b", false, 2, 40);
        now.addAndGet(200 * MILLI);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/a", false, 1, 39);

        assertEquals("0:00  2 pages | Gemeente Helmond 2/40", last(frames()));
    }

    @Test
    void neverWiderThanTheTerminalAndCountsWhatDoesNotFit() {
        ProgressBar bar = new ProgressBar(err, 60, now::get);
        for (String name : List.of("Gemeente Helmond", "Bibliotheek Helmond-Peel", "Loket Wegwijs", "Woonbedrijf")) {
            now.addAndGet(200 * MILLI);
            bar.pageDone(name, "https://example.nl/", false, 12, 345);
        }

        for (String frame : frames()) {
            assertTrue(frame.length() < 60, frame);
        }
        assertEquals("0:00  4 pages | Gemeente Helmond 12/345  +3 more", last(frames()).strip());
    }

    @Test
    void aNarrowTerminalCutsTheLine() {
        ProgressBar bar = new ProgressBar(err, 12, now::get);

        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);

        assertEquals("\r0:00  1 pag", output());
    }

    @Test
    void aNoteGetsItsOwnLineAboveTheRedrawnStatus() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        bar.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);

        bar.note("Gemeente Helmond", Message.verbatim("robots.txt"));

        String status = "0:00  1 page | Gemeente Helmond 1/40";
        String note = "[Gemeente Helmond] robots.txt";
        assertEquals("\r" + status + "\r" + note + " ".repeat(status.length() - note.length())
                + System.lineSeparator() + "\r" + status, output());
    }

    @Test
    void aNoteBeforeAnyPageIsAPlainLine() {
        ProgressBar bar = new ProgressBar(err, 100, now::get);

        bar.note(null, Message.of("note.seed-forbidden", "/"));

        assertEquals("robots.txt forbids the seed /; it is not scanned." + System.lineSeparator(), output());
    }

    @Test
    void countsEveryPageReportedFromManyThreads() throws InterruptedException {
        ProgressBar bar = new ProgressBar(err, 100, now::get);
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            String organisation = "Organisatie " + worker;
            Thread thread = new Thread(() -> {
                for (int page = 1; page <= 500; page++) {
                    bar.pageDone(organisation, "https://example.nl/" + page, false, page, 500);
                }
            });
            thread.start();
            workers.add(thread);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        bar.close();

        assertTrue(last(frames()).startsWith("0:00  2000 pages | Organisatie"), last(frames()));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Each status line drawn, without the spaces that erase a longer previous line. */
    private List<String> frames() {
        return Arrays.stream(output().split("\r")).map(String::stripTrailing).filter(f -> !f.isEmpty()).toList();
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
