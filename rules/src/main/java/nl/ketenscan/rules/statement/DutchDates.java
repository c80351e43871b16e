package nl.ketenscan.rules.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates a Dutch (or English) text writes: {@code 12 maart 2024}, {@code 12-03-2024},
 * {@code 12/3/2024}, {@code 2024-03-12}, {@code March 12, 2024}. A day and month always come with a
 * year: "1 april" alone says nothing about how old a statement is.
 */
final class DutchDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mrt", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("october", 10));
    private static final String MONTH_NAMES = "januari|februari|maart|april|mei|juni|juli|augustus|september"
            + "|oktober|november|december|january|february|march|may|june|july|august|october"
            + "|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:"
            + "(?<d1>\\d{1,2})\\s+(?<m1>" + MONTH_NAMES + ")\\.?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + MONTH_NAMES + ")\\.?\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})[-/.](?<m3>\\d{1,2})[-/.](?<y3>\\d{4})"
            + "|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2})"
            + ")(?![\\p{L}\\d])");

    private DutchDates() {
    }

    /** A date and where the text writes it. */
    record Found(LocalDate date, int start, int end) {
    }

    /** Every valid date in the text, in the order written. */
    static List<Found> find(String text) {
        List<Found> dates = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            try {
                dates.add(new Found(date(matcher), matcher.start(), matcher.end()));
            } catch (DateTimeException | NumberFormatException e) {
                // 31-02-2024 or 2024-13-01 is no date: the text holds a number that looks like one
            }
        }
        return dates;
    }

    private static LocalDate date(Matcher m) {
        if (m.group("d1") != null) {
            return LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
        }
        if (m.group("d2") != null) {
            return LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
        }
        if (m.group("d3") != null) {
            return LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
                    Integer.parseInt(m.group("d3")));
        }
        return LocalDate.of(Integer.parseInt(m.group("y4")), Integer.parseInt(m.group("m4")),
                Integer.parseInt(m.group("d4")));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
