package nl.ketenscan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.Message;

/**
 * Progress for a person at a terminal: one status line, redrawn in place with a carriage return,
 * such as {@code 1:30  120 pages, 2 failed  80/min | Gemeente Helmond 80/200  Bibliotheek 40/57}.
 *
 * <p>Redraws at most eight times a second, since workers finish pages faster than anyone reads and
 * each redraw costs a terminal write. The line stays one column narrower than the terminal, as
 * filling the last column makes many terminals wrap and the next carriage return then redraws
 * below instead of in place; organisations that do not fit are counted, not shown. Notes are
 * printed as lines of their own above the status line. Methods are synchronized because worker
 * threads call them.
 */
public final class ProgressBar implements ProgressDisplay {

    private static final long REDRAW_INTERVAL_NANOS = 125_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final PrintStream out;
    private final int width;
    private final LongSupplier nanoClock;
    private final long start;
    private final Map<String, Counts> organisations = new LinkedHashMap<>();
    private int pages;
    private int failures;
    private boolean drawn;
    private long lastDraw;
    private int drawnLength;
    private boolean closed;

    /** @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    ProgressBar(PrintStream out, int width, LongSupplier nanoClock) {
        this.out = out;
        this.width = width;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public synchronized void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        if (closed) {
            return;
        }
        pages++;
        if (failed) {
            failures++;
        }
        Counts previous = organisations.get(organisation);
        // Workers report outside the crawler's lock, so an older count can arrive after a newer one.
        if (previous == null || done >= previous.done()) {
            organisations.put(organisation, new Counts(done, queued));
        }
        long now = nanoClock.getAsLong();
        if (!drawn || now - lastDraw >= REDRAW_INTERVAL_NANOS) {
            draw(now);
        }
    }

    @Override
    public synchronized void note(String organisation, Message message) {
        String words = MessageText.english().of(message);
        String text = organisation == null ? words : "[" + organisation + "] " + words;
        out.print(drawnLength > 0 ? "\r" + padded(text, drawnLength) : text);
        out.println();
        drawnLength = 0;
        if (drawn && !closed) {
            draw(nanoClock.getAsLong());
        }
        out.flush();
    }

    /** Draws the final counts, which throttling may have held back, and ends the line. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (drawn) {
            draw(nanoClock.getAsLong());
            out.println();
            drawnLength = 0;
        }
        out.flush();
    }

    private void draw(long now) {
        String line = line(now);
        out.print("\r" + padded(line, drawnLength));
        out.flush();
        drawnLength = line.length();
        drawn = true;
        lastDraw = now;
    }

    private String line(long now) {
        int room = Math.max(width - 1, 0);
        String head = summary(now);
        List<String> parts = new ArrayList<>();
        organisations.forEach((name, counts) -> parts.add(name + " " + counts.done() + "/" + counts.queued()));
        for (int shown = parts.size(); shown >= 0; shown--) {
            int hidden = parts.size() - shown;
            String rest = shown == 0
                    ? hidden + " organisations"
                    : String.join("  ", parts.subList(0, shown)) + (hidden > 0 ? "  +" + hidden + " more" : "");
            String line = head + " | " + rest;
            if (line.length() <= room) {
                return line;
            }
        }
        return head.length() <= room ? head : head.substring(0, room);
    }

    private String summary(long now) {
        long elapsed = Math.max(now - start, 0);
        StringBuilder text = new StringBuilder(clockTime(elapsed / NANOS_PER_SECOND));
        text.append("  ").append(pages).append(pages == 1 ? " page" : " pages");
        if (failures > 0) {
            text.append(", ").append(failures).append(" failed");
        }
        if (elapsed >= NANOS_PER_SECOND) {
            text.append("  ").append(Math.round(pages * 60.0 * NANOS_PER_SECOND / elapsed)).append("/min");
        }
        return text.toString();
    }

    private static String clockTime(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** Spaces overwrite what a longer previous line left on the screen. */
    private static String padded(String text, int length) {
        return text.length() >= length ? text : text + " ".repeat(length - text.length());
    }

    private record Counts(int done, int queued) {
    }
}
