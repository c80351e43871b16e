package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class UrlTrapsTest {

    private static final String SITE = "https://www.lindeveen.nl";

    private final UrlTraps traps = new UrlTraps();

    private boolean admits(String path) {
        return traps.check(SITE + path).isEmpty();
    }

    private long admitted(IntStream numbers, String pathFormat) {
        return numbers.mapToObj(pathFormat::formatted).filter(this::admits).count();
    }

    @Test
    void anEndlessCalendarIsFollowedForTwoYearsOfMonths() {
        long months = admitted(IntStream.rangeClosed(1, 500), "/agenda?maand=%d");

        assertEquals(UrlTraps.CALENDAR_VARIANTS, months);
        assertTrue(admits("/agenda?maand=3"), "a month already followed stays admitted");
    }

    @Test
    void aCalendarInThePathIsBoundedToo() {
        long months = IntStream.range(0, 120)
                .mapToObj(i -> "/evenementen/%d/%02d/".formatted(2026 + i / 12, 1 + i % 12))
                .filter(this::admits)
                .count();

        assertEquals(UrlTraps.CALENDAR_VARIANTS, months);
    }

    @Test
    void dateValuesMakeACalendarWhateverTheParameterIsCalled() {
        long days = IntStream.range(0, 100)
                .mapToObj(i -> "/activiteiten?van=2026-%02d-%02d".formatted(1 + i / 28, 1 + i % 28))
                .filter(this::admits)
                .count();

        assertEquals(UrlTraps.CALENDAR_VARIANTS, days);
    }

    @Test
    void onlyTheFirstRefusalOfAKindIsWorthANote() {
        IntStream.rangeClosed(1, UrlTraps.CALENDAR_VARIANTS).forEach(i -> admits("/agenda?maand=" + i));

        Optional<UrlTraps.Refusal> first = traps.check(SITE + "/agenda?maand=100");
        Optional<UrlTraps.Refusal> second = traps.check(SITE + "/agenda?maand=101");

        assertTrue(first.orElseThrow().first());
        assertEquals("/agenda?maand", first.get().reason().args().get(0));
        assertFalse(second.orElseThrow().first());
    }

    @Test
    void aRepeatingPathIsATrap() {
        assertTrue(admits("/a/b/a/b/"));
        assertFalse(admits("/a/b/a/b/a/b/"));
        assertFalse(admits("/nieuws/nieuws/nieuws/bericht"));
    }

    @Test
    void anAbsurdlyDeepPathIsATrap() {
        String deepest = IntStream.range(0, UrlTraps.MAX_PATH_SEGMENTS).mapToObj(i -> "/d" + i)
                .reduce("", String::concat);

        assertTrue(admits(deepest + "/"));
        assertFalse(admits(deepest + "/verder"));
    }

    @Test
    void queryVariantsOfOnePathAreBounded() {
        long results = admitted(IntStream.rangeClosed(1, 1000), "/zoeken?q=woord%d");

        assertEquals(UrlTraps.QUERY_VARIANTS, results);
        assertTrue(admits("/zoeken/"), "the path itself is still fine");
        assertTrue(admits("/elders?q=1"), "other paths have their own count");
    }

    @Test
    void aPermutationOfAKnownQueryIsTheSamePage() {
        assertTrue(admits("/zoeken?type=nieuws&wijk=noord"));
        assertTrue(admits("/zoeken?type=nieuws&wijk=noord"), "the same address again is fine");

        Optional<UrlTraps.Refusal> permuted = traps.check(SITE + "/zoeken?wijk=noord&type=nieuws");

        assertTrue(permuted.isPresent());
        assertEquals("note.trap.permutation", permuted.get().reason().key());
    }

    @Test
    void numbersThatLookLikeYearsAreNoCalendar() {
        assertEquals(1000, admitted(IntStream.range(1500, 2500), "/pagina/%d"));
        assertEquals(UrlTraps.QUERY_VARIANTS, admitted(IntStream.range(1900, 2200), "/index.php?id=%d"));
    }

    @Test
    void datedNewsArticlesAreNoCalendar() {
        long articles = IntStream.range(0, 100)
                .mapToObj(i -> "/nieuws/2025/%02d/%02d/bericht-%d".formatted(1 + i % 12, 1 + i % 28, i))
                .filter(this::admits)
                .count();

        assertEquals(100, articles);
    }
}
