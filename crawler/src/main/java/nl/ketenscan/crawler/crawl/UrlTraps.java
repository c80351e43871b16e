package nl.ketenscan.crawler.crawl;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Message;

/**
 * Recognises addresses that lead a crawler on forever without new pages, so that they do not eat an
 * organisation's page budget: calendars whose "next month" link never ends, relative links that
 * repeat a path ({@code /a/b/a/b/a/b/}), absurdly deep paths, and search or filter pages whose
 * query can be varied and permuted endlessly. Session ids are a trap too; {@link UrlNormalizer}
 * strips them before URLs get here.
 *
 * <p>The limits are generous for real sites: {@value #CALENDAR_VARIANTS} dates per calendar (two
 * years of months), {@value #QUERY_VARIANTS} queries per path (a TYPO3 site's {@code index.php?id=}
 * pages count as one path: scan more of those with include patterns per section), a query that
 * only permutes the parameters of one already seen is the same page. One instance per organisation
 * and scan; it remembers a bounded number of queries per path.
 */
public final class UrlTraps {

    public static final int MAX_PATH_SEGMENTS = 20;
    public static final int MAX_SEGMENT_REPEATS = 3;
    public static final int CALENDAR_VARIANTS = 24;
    public static final int QUERY_VARIANTS = 200;

    private static final Pattern CALENDAR_NAME = Pattern.compile(
            "(?i).*(maand|month|jaar|year|week|dag|day|date|datum|kalender|calendar|agenda).*");
    /** A date with at least a month: 2031-05, 2031/05/12, 12-05-2031. */
    private static final Pattern DATE_VALUE = Pattern.compile(
            "(19|20|21)\\d\\d[-/.](0?[1-9]|1[0-2])([-/.]\\d\\d?)?|\\d\\d?[-/.]\\d\\d?[-/.](19|20|21)\\d\\d");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");
    /** A path segment that is a year, month or day, or a date with at least a month. */
    private static final Pattern DATE_SEGMENT = Pattern.compile("(19|20|21)\\d\\d([-.]\\d\\d?){0,2}|0?[1-9]|[12]\\d|3[01]");

    /** Why an address was not followed; {@code first} for the first refusal of its kind, worth a note. */
    public record Refusal(Message reason, boolean first) {
    }

    /** Per path, each canonical query with the query as first found. */
    private final Map<String, Map<String, String>> queriesPerPath = new HashMap<>();
    private final Map<String, Set<String>> datesPerCalendar = new HashMap<>();
    private final Set<String> noted = new HashSet<>();

    /**
     * Decides on a normalised http(s) URL and remembers it, so that later variants are counted.
     *
     * @return empty when the URL may be followed
     */
    public synchronized Optional<Refusal> check(String normalisedUrl) {
        UrlNormalizer.Parts parts = UrlNormalizer.Parts.parse(normalisedUrl).orElseThrow();
        List<String> segments = Arrays.stream(parts.path().split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.size() > MAX_PATH_SEGMENTS) {
            return refuse("deep", Message.of("note.trap.deep", MAX_PATH_SEGMENTS, normalisedUrl));
        }
        if (repeatsSegment(segments)) {
            return refuse("repeat", Message.of("note.trap.repeat", MAX_SEGMENT_REPEATS, normalisedUrl));
        }
        String site = parts.authority();
        Optional<String> calendar = calendarKey(parts, segments);
        if (calendar.isPresent()) {
            Set<String> dates = datesPerCalendar.computeIfAbsent(site + calendar.get(), k -> new HashSet<>());
            if (!dates.contains(normalisedUrl) && dates.size() >= CALENDAR_VARIANTS) {
                return refuse("calendar " + calendar.get(),
                        Message.of("note.trap.calendar", calendar.get(), CALENDAR_VARIANTS, normalisedUrl));
            }
            dates.add(normalisedUrl);
        }
        if (parts.query() == null) {
            return Optional.empty();
        }
        Map<String, String> queries = queriesPerPath.computeIfAbsent(site + parts.path(), k -> new HashMap<>());
        String canonical = canonicalQuery(parts.query());
        String known = queries.get(canonical);
        if (known != null) {
            return known.equals(parts.query()) ? Optional.empty()
                    : refuse("permutation", Message.of("note.trap.permutation", normalisedUrl));
        }
        if (queries.size() >= QUERY_VARIANTS) {
            return refuse("query " + parts.path(), Message.of("note.trap.query", QUERY_VARIANTS, parts.path()));
        }
        queries.put(canonical, parts.query());
        return Optional.empty();
    }

    private Optional<Refusal> refuse(String kind, Message reason) {
        return Optional.of(new Refusal(reason, noted.add(kind)));
    }

    private static boolean repeatsSegment(List<String> segments) {
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : segments) {
            if (counts.merge(segment, 1, Integer::sum) >= MAX_SEGMENT_REPEATS && !DATE_SEGMENT.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The calendar an address belongs to: its path without the query's date parameters, or without
     * the dates that end the path ({@code /agenda/2031/05/}); empty when nothing looks like a date.
     */
    private static Optional<String> calendarKey(UrlNormalizer.Parts parts, List<String> segments) {
        if (parts.query() != null) {
            for (String parameter : parts.query().split("&")) {
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                String value = equals < 0 ? "" : parameter.substring(equals + 1);
                if (CALENDAR_NAME.matcher(name).matches() || DATE_VALUE.matcher(value).matches()) {
                    return Optional.of(parts.path() + "?" + name.toLowerCase(Locale.ROOT));
                }
            }
        }
        int end = segments.size();
        while (end > 0 && DATE_SEGMENT.matcher(segments.get(end - 1)).matches()) {
            end--;
        }
        List<String> tail = segments.subList(end, segments.size());
        boolean yearWithMonth = tail.stream().anyMatch(s -> DATE_VALUE.matcher(s).matches())
                || tail.size() >= 2 && YEAR.matcher(tail.get(0)).matches();
        return yearWithMonth ? Optional.of("/" + String.join("/", segments.subList(0, end)) + "/") : Optional.empty();
    }

    /** The parameters in sorted order, so that a permutation of a query has the same form. */
    private static String canonicalQuery(String query) {
        return String.join("&", Arrays.stream(query.split("&")).sorted().toList());
    }
}
