package nl.ketenscan.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Verdict;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.statement.StatementEvidence;
import org.junit.jupiter.api.Test;

class ChainAssessmentTest {

    private static final String SITE = "https://www.lindeveen.example/";
    private static final String GEMEENTE = "Gemeente Lindeveen";
    private static final Message HOST_GIVEN_UP = Message.of("note.host-stopped", "www.lindeveen.example", 10, "HTTP 503");
    private static final Finding LOGO = finding("image-alt", Outcome.FAILED, Impact.CRITICAL, "1.1.1", "img.logo");
    private static final Finding CONTRAST = finding("color-contrast", Outcome.FAILED, null, "1.4.3", "footer a");
    private static final Finding BANNER = finding("color-contrast", Outcome.NEEDS_REVIEW, Impact.SERIOUS, "1.4.3",
            ".banner");

    @Test
    void theSiteRulesAreAppliedOnceWhateverTheStoreAlreadyHeld() {
        ChainAssessment assessment = ChainAssessment.of(scan(page("afval/", "Afval", LOGO),
                page("afvalkalender/", "Afval")));

        OrganisationAssessment gemeente = assessment.organisations().get(0);
        assertEquals(List.of("image-alt", "page-title-duplicate"), rules(gemeente.pages().get(0)));
        assertEquals(List.of("image-alt", "page-title-duplicate"),
                gemeente.byRule().stream().map(RuleIssues::rule).toList());
        ScanResults alreadyAudited = scan(gemeente.pages().toArray(PageResult[]::new));
        assertEquals(assessment, ChainAssessment.of(alreadyAudited));
    }

    @Test
    void countsKeepProvenFailuresAndItemsToReviewApart() {
        OrganisationCounts counts = ChainAssessment.of(scan(page("", "Home", LOGO, CONTRAST, BANNER),
                page("afval/", "Afval", LOGO), page("zoeken/", "Zoeken", BANNER),
                PageResult.failed(SITE + "kapot", 0, null, "timeout"))).organisations().get(0).counts();

        assertEquals(4, counts.pages());
        assertEquals(2, counts.pagesWithFailures(), "a page with only something to review has no failure");
        assertEquals(1, counts.pagesWithErrors());
        assertEquals(new IssueCount(2, 3), counts.failed());
        assertEquals(new IssueCount(1, 2), counts.review());
        assertEquals(new IssueCount(1, 2), counts.failed(Impact.CRITICAL));
        assertEquals(new IssueCount(1, 1), counts.failed(null), "a failure without an impact is counted apart");
        assertEquals(new IssueCount(0, 0), counts.failed(Impact.SERIOUS), "the review item is no serious failure");
        assertEquals(2, counts.criteria(Verdict.FAILS));
        assertEquals(0, counts.criteria(Verdict.NEEDS_REVIEW), "1.4.3 fails, so it is not also to review");
        assertEquals(50, counts.criteria().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void documentsAreListedEvenWhenTheyCouldNotBeFetchedAndTheirExemptionIsKnownOnlyByDate() {
        PageResult old = document("jaarverslag-2017.pdf", LocalDate.of(2017, 4, 12), null);
        PageResult recent = document("formulier.pdf", LocalDate.of(2024, 3, 5), null);
        PageResult tooLarge = document("bestemmingsplan.pdf", null, "larger than 10 MB; not read");

        OrganisationAssessment gemeente = ChainAssessment.of(scan(page("", "Home"), old, recent, tooLarge))
                .organisations().get(0);

        assertEquals(List.of(SITE + "jaarverslag-2017.pdf", SITE + "formulier.pdf", SITE + "bestemmingsplan.pdf"),
                gemeente.documents().stream().map(PublishedDocument::url).toList());
        assertEquals(Exemption.OFFICE_FILE_BEFORE_2018, gemeente.documents().get(0).exemption());
        assertNull(gemeente.documents().get(1).exemption());
        PublishedDocument unread = gemeente.documents().get(2);
        assertEquals(DocumentKind.PDF, unread.kind());
        assertEquals(List.of(Message.verbatim("larger than 10 MB; not read")), unread.error());
        assertNull(unread.exemption(), "without its date nobody can say it is exempt");
        assertEquals(List.of(new AppliedExemption(Exemption.OFFICE_FILE_BEFORE_2018, 1)), gemeente.exemptions());
    }

    @Test
    void aDocumentsVerdictNeverReadsNoFailuresUnlessItWasCheckedAndItsFindingsCountPerCriterion() {
        Finding untagged = new Finding("pdf-tagged", Engine.KETENSCAN, Outcome.FAILED, List.of("1.3.1"),
                Impact.SERIOUS, null, null, List.of(Message.of("pdf-tagged.untagged")), null);
        Finding bookmarks = new Finding("pdf-bookmarks", Engine.KETENSCAN, Outcome.NEEDS_REVIEW, List.of("2.4.5"),
                Impact.MODERATE, null, null, List.of(Message.of("pdf-bookmarks.none", 30)), null);
        Finding blocked = new Finding("pdf-accessibility-permission", Engine.KETENSCAN, Outcome.NEEDS_REVIEW,
                List.of("1.3.1"), Impact.SERIOUS, null, null, List.of(), null);
        PageResult failing = checkedDocument("nota.pdf", List.of(untagged, bookmarks, blocked));
        PageResult review = checkedDocument("brief.pdf", List.of(bookmarks));
        PageResult clean = checkedDocument("folder.pdf", List.of());
        PageResult timedOut = document("atlas.pdf", LocalDate.of(2024, 1, 2), "took too long");
        PageResult word = document("besluit.docx", LocalDate.of(2024, 1, 2), null);
        PageResult old = document("jaarverslag-2017.pdf", LocalDate.of(2017, 4, 12), null);

        OrganisationAssessment gemeente = ChainAssessment.of(scan(page("", "Home"), failing, review, clean,
                timedOut, word, old)).organisations().get(0);

        assertEquals(List.of(DocumentVerdict.FAILED, DocumentVerdict.NEEDS_REVIEW, DocumentVerdict.NO_FAILURES_FOUND,
                DocumentVerdict.NOT_CHECKED, DocumentVerdict.NOT_CHECKED, DocumentVerdict.EXEMPT),
                gemeente.documents().stream().map(PublishedDocument::verdict).toList());
        assertEquals(List.of(new PublishedDocument.DocumentCriterion("1.3.1", 1, 1),
                new PublishedDocument.DocumentCriterion("2.4.5", 0, 1)), gemeente.documents().get(0).criteria());
        assertEquals(12_345L, gemeente.documents().get(0).bytes());
        assertEquals(Verdict.FAILS, gemeente.verdicts().stream().filter(v -> v.criterion().sc().equals("1.3.1"))
                .findFirst().orElseThrow().verdict(), "a document's failure counts like a page's");
    }

    private static PageResult checkedDocument(String path, List<Finding> findings) {
        return new PageResult(SITE + path, SITE + path, 200, "application/pdf", null, null, null, findings, null,
                0, 0, Set.of(), PageFacts.ofDocument(LocalDate.of(2024, 1, 2), 12_345));
    }

    @Test
    void eachEmbeddedAddressIsOneEmbedWithItsPagesAndTheFindingsLeftOut() {
        ThirdPartyEmbed map = new ThirdPartyEmbed("iframe", "https://kaarten.example/", 2);
        OrganisationAssessment gemeente = ChainAssessment.of(scan(page("", "Home"), embedding("afval/", map),
                embedding("milieustraat/", map, new ThirdPartyEmbed("script", "https://stats.example/s.js", 0))))
                .organisations().get(0);

        assertEquals(List.of(new Embed("iframe", "https://kaarten.example/", 2, SITE + "afval/", 4),
                new Embed("script", "https://stats.example/s.js", 1, SITE + "milieustraat/", 0)), gemeente.embeds());
        assertEquals(List.of(new AppliedExemption(Exemption.THIRD_PARTY_CONTENT, 2)), gemeente.exemptions());
    }

    @Test
    void anOrganisationKeepsItsOwnNotesAndItsPagesHardestToReadFirst() {
        PageResult easy = judged(page("afval/", "Afval"), PlainLanguage.Level.B1_OR_EASIER, 20);
        PageResult hard = judged(page("", "Home"), PlainLanguage.Level.ABOVE_B1, 80);
        ScanResults results = new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true,
                List.of(organisation(easy, hard, page("contact/", "Contact"))),
                List.of(new ScanNote(null, Message.of("note.static-mode")), new ScanNote(GEMEENTE, HOST_GIVEN_UP)));

        OrganisationAssessment gemeente = ChainAssessment.of(results).organisations().get(0);

        assertEquals(List.of(new ScanNote(GEMEENTE, HOST_GIVEN_UP)), gemeente.notes());
        assertEquals(List.of(hard, easy), gemeente.plainLanguage().judged());
        assertEquals(50, gemeente.plainLanguage().aboveB1Percent());
        assertTrue(gemeente.sample().all().stream().anyMatch(p -> p.url().equals(SITE)), "the home page is sampled");
    }

    private static ScanResults scan(PageResult... pages) {
        return new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true,
                List.of(organisation(pages)));
    }

    private static OrganisationResults organisation(PageResult... pages) {
        return new OrganisationResults(Organisation.of(GEMEENTE, Role.GEMEENTE, List.of(SITE)), List.of(pages));
    }

    private static Finding finding(String rule, Outcome outcome, Impact impact, String criterion, String selector) {
        return new Finding(rule, Engine.AXE, outcome, List.of(criterion), impact, selector, "<" + selector + ">",
                List.of(), null);
    }

    private static PageResult page(String path, String title, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", title, "nl", null, List.of(findings), null,
                0, 0, Set.of(), new PageFacts(StatementEvidence.NONE, "skeleton-" + path, List.of(), null));
    }

    private static PageResult document(String path, LocalDate created, String error) {
        return new PageResult(SITE + path, SITE + path, 200, "application/pdf", null, null,
                error == null ? null : List.of(Message.verbatim(error)), List.of(), null,
                0, 0, null, PageFacts.ofDocument(created));
    }

    private static PageResult embedding(String path, ThirdPartyEmbed... embeds) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", path, "nl", null, List.of(), null, 0, 0,
                Set.of(), new PageFacts(StatementEvidence.NONE, "skeleton", List.of(embeds), null));
    }

    private static PageResult judged(PageResult page, PlainLanguage.Level level, double difficulty) {
        return new PageResult(page.url(), page.finalUrl(), 200, "text/html", page.title(), "nl", null,
                page.findings(), new PlainLanguage(200, 10, 20, 1.6, 50, difficulty, level, List.of()), 0, 0,
                page.features(), page.facts());
    }

    private static List<String> rules(PageResult page) {
        return page.findings().stream().map(Finding::rule).toList();
    }
}
