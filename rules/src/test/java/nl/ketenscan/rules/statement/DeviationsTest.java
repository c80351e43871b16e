package nl.ketenscan.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;

class DeviationsTest {

    @Test
    void listsOneDeviationPerCriterionAndRuleInCriterionOrderWithPagesElementsAndWorstImpact() {
        Finding logo = failure("image-alt", List.of("1.1.1"), Impact.CRITICAL, "img.logo", "Afbeelding zonder  alt");
        Finding photo = failure("image-alt", List.of("1.1.1"), Impact.SERIOUS, "img.foto", "Foto zonder alt");
        Finding field = failure("label", List.of("4.1.2", "1.3.1"), Impact.MINOR, "#postcode", "Veld zonder label");
        Finding contrast = failure("color-contrast", List.of("1.4.3"), null, "p.klein", "Te weinig contrast");
        Finding review = new Finding("td-headers-attr", Engine.AXE, Outcome.NEEDS_REVIEW, List.of("1.3.1"),
                Impact.SERIOUS, "td", null, "Controleer de kopcellen", null);
        Finding noCriterion = failure("region", List.of(), Impact.MODERATE, "div", "Inhoud buiten landmarks");
        OrganisationResults results = new OrganisationResults(
                Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of("https://heuvelrand.example/")),
                List.of(page("https://heuvelrand.example/", logo, field, contrast),
                        page("https://heuvelrand.example/nieuws/", logo, photo, review, noCriterion)));

        List<Deviation> deviations = Deviations.of(results.issues());

        assertEquals(List.of("1.1.1", "1.3.1", "1.4.3", "4.1.2"), deviations.stream().map(Deviation::criterion).toList());
        Deviation images = deviations.get(0);
        assertEquals("Niet-tekstuele content", images.criterionName());
        assertEquals("image-alt", images.rule());
        assertEquals(Impact.CRITICAL, images.impact());
        assertEquals(List.of("https://heuvelrand.example/", "https://heuvelrand.example/nieuws/"), images.pages());
        assertEquals(List.of("img.logo", "img.foto"), images.elements());
        assertEquals("label", deviations.get(1).rule(), "1.3.1 from the label failure, not from the review item");
        assertEquals("Info en relaties", deviations.get(1).criterionName());
        assertNull(deviations.get(2).impact());
        assertEquals(List.of(Message.verbatim("Te weinig contrast")), deviations.get(2).whatFails());
    }

    @Test
    void ordersCriteriaByNumberNotByTextAndNamesOnlyTheFiftyOfAAndAa() {
        OrganisationResults results = new OrganisationResults(
                Organisation.of("Welzijn", Role.KETENPARTNER, List.of("https://welzijn.example/")),
                List.of(page("https://welzijn.example/",
                        failure("a", List.of("1.4.10"), Impact.MINOR, "x", "m"),
                        failure("b", List.of("1.4.3"), Impact.MINOR, "y", "m"),
                        failure("c", List.of("2.4.9"), Impact.MINOR, "z", "m"))));

        List<Deviation> deviations = Deviations.of(results.issues());

        assertEquals(List.of("1.4.3", "1.4.10", "2.4.9"), deviations.stream().map(Deviation::criterion).toList());
        assertEquals("Reflow", deviations.get(1).criterionName());
        assertNull(deviations.get(2).criterionName(), "2.4.9 is AAA, which the Besluit does not require");
    }

    private static Finding failure(String rule, List<String> criteria, Impact impact, String selector, String message) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, criteria, impact, selector, "<" + selector + ">", message,
                null);
    }

    private static PageResult page(String url, Finding... findings) {
        return new PageResult(url, url, 200, "text/html", null, "nl", null, List.of(findings), null, 0, 0, null,
                PageFacts.NONE);
    }
}
