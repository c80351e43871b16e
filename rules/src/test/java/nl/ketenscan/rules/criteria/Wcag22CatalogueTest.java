package nl.ketenscan.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.rules.criteria.Criterion.Level;
import org.junit.jupiter.api.Test;

/** {@code --standard wcag22}: WCAG 2.1's criteria without 4.1.1 and with the six A and AA ones 2.2 adds. */
class Wcag22CatalogueTest {

    private final List<Criterion> criteria = Standard.WCAG22.catalogue().criteria();

    @Test
    void holdsTheFiftyFiveCriteriaThirtyOneAAndTwentyFourAA() {
        assertEquals(55, criteria.size());
        assertEquals(55, criteria.stream().map(Criterion::sc).distinct().count());
        assertEquals(Map.of(Level.A, 31L, Level.AA, 24L),
                criteria.stream().collect(Collectors.groupingBy(Criterion::level, Collectors.counting())));
    }

    @Test
    void dropsParsingAndAddsTheSixWithTheirOfficialDutchNames() {
        Map<String, String> added = new LinkedHashMap<>();
        criteria.stream().filter(c -> CriteriaCatalogue.wcag21().criterion(c.sc()).isEmpty())
                .forEach(c -> added.put(c.sc(), c.level() + " " + c.nameNl()));

        assertEquals(Map.of(
                "2.4.11", "AA Focus niet bedekt (minimum)",
                "2.5.7", "AA Sleepbewegingen",
                "2.5.8", "AA Grootte van het aanwijsgebied (minimum)",
                "3.2.6", "A Consistente hulp",
                "3.3.7", "A Overbodige invoer",
                "3.3.8", "AA Toegankelijke authenticatie (minimum)"), added);
        assertEquals(Standard.ADDED_IN_WCAG22, added.keySet());
        assertTrue(Standard.WCAG22.catalogue().criterion("4.1.1").isEmpty());
        assertTrue(CriteriaCatalogue.wcag21().criterion("4.1.1").isPresent());
    }

    @Test
    void keepsWcag21sCriteriaInWcagOrderAndLinksTheNewOnesToWcag22sUnderstanding() {
        List<String> numbers = criteria.stream().map(Criterion::sc).toList();
        assertEquals(List.of("2.4.6", "2.4.7", "2.4.11", "2.5.1"), numbers.subList(numbers.indexOf("2.4.6"),
                numbers.indexOf("2.5.1") + 1));
        assertEquals(CriteriaCatalogue.wcag21().criteria().stream().map(Criterion::sc)
                .filter(sc -> !sc.equals("4.1.1")).toList(), numbers.stream()
                .filter(sc -> !Standard.ADDED_IN_WCAG22.contains(sc)).toList());
        Criterion target = Standard.WCAG22.catalogue().criterion("2.5.8").orElseThrow();
        assertEquals("https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html", target.understandingUrl());
        assertEquals(List.of("target-size"), target.axeRules());
        assertEquals(Set.of(nl.ketenscan.rules.PageFeature.FORM_FIELD),
                Standard.WCAG22.catalogue().criterion("3.3.7").orElseThrow().appliesWhen());
    }

    @Test
    void axeRunsTheWcag22TagsOnlyWhenAsked() {
        assertTrue(Standard.WCAG22.axeTags().contains("wcag22aa"));
        assertEquals(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"), Standard.WCAG21.axeTags());
        assertEquals(Standard.WCAG21, Standard.stored(Map.of()), "a scan stored before the choice existed");
        assertEquals(Standard.WCAG22, Standard.stored(Map.of(Standard.SETTING, "wcag22")));
    }
}
