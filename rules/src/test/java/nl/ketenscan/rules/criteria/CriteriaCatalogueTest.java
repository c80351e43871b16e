package nl.ketenscan.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.Rule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.criteria.Criterion.Level;
import org.junit.jupiter.api.Test;

class CriteriaCatalogueTest {

    private final List<Criterion> criteria = CriteriaCatalogue.wcag21().criteria();

    @Test
    void holdsExactlyTheFiftyCriteriaOfTheBesluitThirtyAAndTwentyAA() {
        assertEquals(50, criteria.size());
        assertEquals(50, criteria.stream().map(Criterion::sc).distinct().count());
        Map<Level, Long> byLevel = criteria.stream()
                .collect(Collectors.groupingBy(Criterion::level, Collectors.counting()));
        assertEquals(Map.of(Level.A, 30L, Level.AA, 20L), byLevel);
    }

    @Test
    void numbersAndLevelsAreThoseOfWcag21() {
        Map<String, Level> expected = new TreeMap<>();
        for (String sc : List.of("1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.3.2", "1.3.3", "1.4.1", "1.4.2",
                "2.1.1", "2.1.2", "2.1.4", "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.5.1",
                "2.5.2", "2.5.3", "2.5.4", "3.1.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2", "4.1.1", "4.1.2")) {
            expected.put(sc, Level.A);
        }
        for (String sc : List.of("1.2.4", "1.2.5", "1.3.4", "1.3.5", "1.4.3", "1.4.4", "1.4.5", "1.4.10", "1.4.11",
                "1.4.12", "1.4.13", "2.4.5", "2.4.6", "2.4.7", "3.1.2", "3.2.3", "3.2.4", "3.3.3", "3.3.4", "4.1.3")) {
            expected.put(sc, Level.AA);
        }

        Map<String, Level> actual = new TreeMap<>();
        criteria.forEach(c -> actual.put(c.sc(), c.level()));

        assertEquals(expected, actual);
    }

    @Test
    void criteriaComeInWcagOrderSoThatMatricesReadLikeTheStandard() {
        List<String> numbers = criteria.stream().map(Criterion::sc).toList();

        assertEquals("1.1.1", numbers.get(0));
        assertEquals("4.1.3", numbers.get(49));
        assertTrue(numbers.indexOf("1.4.4") < numbers.indexOf("1.4.10"), "1.4.10 after 1.4.4, not as text");
    }

    @Test
    void everyCriterionHasItsOfficialNamesAndTheMatchingEnClause() {
        for (Criterion criterion : criteria) {
            assertEquals("9." + criterion.sc(), criterion.en301549Clause(), criterion.sc());
            assertFalse(criterion.nameNl().isBlank(), criterion.sc());
            assertFalse(criterion.nameEn().isBlank(), criterion.sc());
            assertEquals(count(criterion.nameNl(), '('), count(criterion.nameNl(), ')'), criterion.nameNl());
        }
        Criterion contrast = CriteriaCatalogue.wcag21().criterion("1.4.3").orElseThrow();
        assertEquals("Contrast (minimum)", contrast.nameNl());
        assertEquals("Contrast (Minimum)", contrast.nameEn());
        assertEquals("Foutpreventie (wettelijk, financieel, gegevens)",
                CriteriaCatalogue.wcag21().criterion("3.3.4").orElseThrow().nameNl());
        assertEquals("Pauzeren, stoppen, verbergen",
                CriteriaCatalogue.wcag21().criterion("2.2.2").orElseThrow().nameNl());
    }

    @Test
    void principleAndUnderstandingPageFollowFromNumberAndW3cId() {
        Criterion reflow = CriteriaCatalogue.wcag21().criterion("1.4.10").orElseThrow();
        Criterion statusMessages = CriteriaCatalogue.wcag21().criterion("4.1.3").orElseThrow();

        assertEquals(1, reflow.principle());
        assertEquals(4, statusMessages.principle());
        assertEquals("https://www.w3.org/WAI/WCAG21/Understanding/reflow.html", reflow.understandingUrl());
        assertEquals(Set.of(1, 2, 3, 4), criteria.stream().map(Criterion::principle).collect(Collectors.toSet()));
    }

    @Test
    void axeRulesThatRunAreListedForTwentyOneCriteria() {
        assertEquals(List.of("aria-meter-name", "aria-progressbar-name", "image-alt", "input-image-alt", "object-alt",
                "role-img-alt", "svg-img-alt"), CriteriaCatalogue.wcag21().criterion("1.1.1").orElseThrow().axeRules());
        assertEquals(List.of("css-orientation-lock"), CriteriaCatalogue.wcag21().criterion("1.3.4").orElseThrow().axeRules(),
                "axe's experimental rules that a scan switches on count");
        assertEquals(List.of("label-content-name-mismatch"),
                CriteriaCatalogue.wcag21().criterion("2.5.3").orElseThrow().axeRules(), "on by default since axe 4.14");
        assertEquals(List.of(), CriteriaCatalogue.wcag21().criterion("4.1.1").orElseThrow().axeRules(),
                "duplicate-id is deprecated and off, so it does not count");
        assertEquals(21, criteria.stream().filter(c -> !c.axeRules().isEmpty()).count());
    }

    @Test
    void ownRulesAreAttachedToTheCriteriaTheirInfoNames() {
        RuleInfo linkText = new RuleInfo("link-text-purpose", List.of("2.4.4", "2.4.9"), Impact.SERIOUS,
                "Linktekst zegt niet waar de link heen gaat", "Link text does not say where it leads", null);
        RuleInfo parts = new RuleInfo("lang-of-parts", List.of("3.1.2"), Impact.SERIOUS, "Taal van onderdelen",
                "Language of parts", null);

        CriteriaCatalogue catalogue = CriteriaCatalogue.load(List.of(linkText, parts));

        assertEquals(List.of("link-text-purpose"), catalogue.criterion("2.4.4").orElseThrow().ownRules());
        assertEquals(List.of("lang-of-parts"), catalogue.criterion("3.1.2").orElseThrow().ownRules());
        assertEquals(List.of(), catalogue.criterion("1.4.3").orElseThrow().ownRules());
        assertTrue(catalogue.criterion("2.4.9").isEmpty(), "AAA is not in the catalogue");
        assertFalse(catalogue.criterion("2.4.6").orElseThrow().hasAutomatedCheck());
    }

    @Test
    void everyOwnRulePageOrSiteIsAnAutomatedCheckOfEachCriterionItNames() {
        for (Rule rule : OwnRules.rules()) {
            if (rule instanceof DocumentRule) {
                continue;
            }
            for (String sc : rule.info().criteria()) {
                // a rule for a criterion WCAG 2.2 added is a check in WCAG 2.2's catalogue
                Criterion criterion = CriteriaCatalogue.wcag21().criterion(sc)
                        .or(() -> Standard.WCAG22.catalogue().criterion(sc))
                        .orElseThrow(() -> new AssertionError(rule.info().id() + " names " + sc + ", no A or AA criterion"));
                assertTrue(criterion.ownRules().contains(rule.info().id()), rule.info().id() + " is not listed under " + sc);
                assertTrue(criterion.hasAutomatedCheck(), sc);
            }
        }
        assertTrue(CriteriaCatalogue.wcag21().criterion("2.4.2").orElseThrow().ownRules().contains("page-title-duplicate"),
                "a site rule counts as a page rule does");
        assertFalse(CriteriaCatalogue.wcag21().criterion("2.4.5").orElseThrow().ownRules().contains("pdf-bookmarks"),
                "pdf-bookmarks checks PDFs only, not multiple ways on the web pages");
    }

    @Test
    void mediaAndFormCriteriaNeedTheirContentOthersApplyToEveryPage() {
        CriteriaCatalogue catalogue = CriteriaCatalogue.wcag21();
        Criterion captions = catalogue.criterion("1.2.2").orElseThrow();
        Criterion errors = catalogue.criterion("3.3.1").orElseThrow();
        Criterion contrast = catalogue.criterion("1.4.3").orElseThrow();

        assertEquals(Set.of(PageFeature.VIDEO), captions.appliesWhen());
        assertFalse(captions.appliesTo(Set.of(PageFeature.AUDIO, PageFeature.FORM_FIELD)));
        assertTrue(captions.appliesTo(Set.of(PageFeature.VIDEO)));
        assertTrue(captions.appliesTo(Set.of(PageFeature.FRAME)), "a frame may hold a video the scan did not see");
        assertTrue(errors.appliesTo(Set.of(PageFeature.FORM_FIELD)));
        assertFalse(errors.appliesTo(Set.of()));
        assertTrue(contrast.appliesTo(Set.of()));
        Set<String> conditional = new HashSet<>();
        criteria.stream().filter(c -> !c.appliesWhen().isEmpty()).forEach(c -> conditional.add(c.sc()));
        assertEquals(Set.of("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2", "1.3.5", "3.2.2", "3.3.1", "3.3.2",
                "3.3.3", "3.3.4"), conditional);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
