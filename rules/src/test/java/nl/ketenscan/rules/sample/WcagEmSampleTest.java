package nl.ketenscan.rules.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.statement.StatementEvidence;
import org.junit.jupiter.api.Test;

class WcagEmSampleTest {

    private static final String SITE = "https://www.heuvelrand.example/";

    @Test
    void holdsTheCommonPagesOnePageOfEachTemplateFeaturesAndDocumentKinds() {
        List<PageResult> pages = new ArrayList<>(List.of(
                html("", "home", Set.of()),
                html("afval/", "content", Set.of(PageFeature.FORM_FIELD)),
                html("paspoort/", "content", Set.of()),
                html("contact/", "content", Set.of(PageFeature.OTHER_LANGUAGE)),
                html("zoeken/", "search", Set.of()),
                html("privacy/", "content", Set.of()),
                html("nieuws/overzicht-onderzoeken-rekenkamer/", "content", Set.of()),
                html("toegankelijkheid/", "content", Set.of()),
                html("parkeren/", "content", Set.of(PageFeature.TABLE)),
                html("melding/", "form", Set.of(PageFeature.FORM_FIELD, PageFeature.FORM)),
                html("raad/", "content", Set.of(PageFeature.VIDEO, PageFeature.FRAME)),
                document("jaarverslag-2017.pdf", "application/pdf", LocalDate.of(2017, 4, 12)),
                document("aanvraag.pdf", "application/pdf", LocalDate.of(2024, 3, 5)),
                document("folder.pdf", "application/pdf", null),
                PageResult.failed(SITE + "kapot/", 500, "text/html", "the server answered HTTP 500")));
        for (int i = 0; i < 30; i++) {
            pages.add(html("nieuws/bericht-" + i + "/", i % 2 == 0 ? "content" : "article", Set.of()));
        }

        WcagEmSample sample = WcagEmSample.select(results(pages), SITE + "toegankelijkheid", "scan-1");

        Map<String, List<SampleReason>> structured = sample.structured().stream()
                .collect(Collectors.toMap(p -> p.url().substring(SITE.length()), SampledPage::reasons));
        assertEquals(List.of(SampleReason.HOME, SampleReason.TEMPLATE), structured.get(""));
        assertEquals(List.of(SampleReason.TEMPLATE), structured.get("afval/"), "a search box is no form to sample");
        assertEquals(List.of(SampleReason.CONTACT, SampleReason.OTHER_LANGUAGE), structured.get("contact/"));
        assertEquals(List.of(SampleReason.SEARCH, SampleReason.TEMPLATE), structured.get("zoeken/"));
        assertEquals(List.of(SampleReason.HELP_OR_LEGAL), structured.get("privacy/"));
        assertFalse(structured.containsKey("nieuws/overzicht-onderzoeken-rekenkamer/"),
                "'zoeken' inside 'onderzoeken' is no search page");
        assertEquals(List.of(SampleReason.STATEMENT), structured.get("toegankelijkheid/"));
        assertEquals(List.of(SampleReason.TABLE), structured.get("parkeren/"));
        assertEquals(List.of(SampleReason.TEMPLATE, SampleReason.FORM), structured.get("melding/"));
        assertEquals(List.of(SampleReason.MEDIA), structured.get("raad/"));
        assertEquals(List.of(SampleReason.DOCUMENT), structured.get("aanvraag.pdf"));
        assertFalse(structured.containsKey("jaarverslag-2017.pdf"), "an exempt office file needs no audit");
        assertEquals(List.of(SampleReason.TEMPLATE), structured.get("nieuws/bericht-1/"));
        assertEquals(11, structured.size(),
                "one of each, not every page of a template or kind: " + structured.keySet());
        assertFalse(structured.containsKey("kapot/"), "a page that failed cannot be audited");

        assertEquals(2, sample.random().size(), "ceil(10% of 11)");
        Set<String> structuredUrls = sample.structured().stream().map(SampledPage::url).collect(Collectors.toSet());
        assertFalse(structuredUrls.contains(sample.random().get(0).url()));
        assertTrue(sample.random().get(0).reasons().isEmpty());
    }

    @Test
    void theRandomDrawIsTheSameForTheSameScanAndDiffersBetweenScans() {
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(html("pagina-" + i + "/", "t" + (i % 12), Set.of()));
        }
        OrganisationResults results = results(pages);

        WcagEmSample first = WcagEmSample.select(results, null, "scan-1");
        WcagEmSample again = WcagEmSample.select(results, null, "scan-1");
        Set<List<SampledPage>> draws = new HashSet<>();
        for (int scan = 0; scan < 5; scan++) {
            draws.add(WcagEmSample.select(results, null, "scan-" + scan).random());
        }

        assertEquals(12, first.structured().size());
        assertEquals(2, first.random().size(), "ceil(10% of 12)");
        assertEquals(first, again);
        assertEquals(WcagEmSample.seed("scan-1", "Gemeente Heuvelrand"), first.seed());
        assertNotEquals(first.seed(), WcagEmSample.select(results, null, "scan-2").seed());
        assertTrue(draws.size() > 1, "different scans draw differently");
    }

    private static OrganisationResults results(List<PageResult> pages) {
        return new OrganisationResults(Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of(SITE)), pages);
    }

    private static PageResult html(String path, String skeleton, Set<PageFeature> features) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", "Pagina " + path, "nl", null, List.of(),
                null, 0, 0, features, new PageFacts(StatementEvidence.NONE, skeleton, List.of(), null));
    }

    private static PageResult document(String path, String contentType, LocalDate created) {
        return new PageResult(SITE + path, SITE + path, 200, contentType, null, null, null, List.of(), null, 0, 0, null,
                PageFacts.ofDocument(created));
    }
}
