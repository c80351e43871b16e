package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxeTagsTest {

    @Test
    void readsCriteriaAndSkipsLevelAndOtherTags() {
        assertEquals(List.of("1.1.1", "1.4.10", "4.1.2"),
                AxeTags.criteria(List.of("cat.text-alternatives", "wcag2a", "wcag111", "wcag21aa", "wcag1410",
                        "EN-301-549", "EN-9.1.1.1", "wcag412", "best-practice")));
    }

    @Test
    void bestPracticeRuleHasNoCriteria() {
        assertEquals(List.of(), AxeTags.criteria(List.of("cat.semantics", "best-practice")));
    }
}
