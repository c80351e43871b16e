package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final String GEMEENTE_FILE = "organisatie-gemeente-voorbeeldstad.html";
    private static final String BIBLIOTHEEK_FILE = "organisatie-bibliotheek-aan-de-rivier.html";

    @TempDir
    Path dir;

    @Test
    void writesIndexOnePagePerOrganisationTheStylesheetAndTheOverviewScript() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("index.html", BIBLIOTHEEK_FILE, GEMEENTE_FILE, "overview.js", "style.css"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(dir.resolve("style.css")).contains("@media print"));
    }

    @Test
    void indexListsBothOrganisationsWithTheirRoleAndPageAndIssueCounts() throws IOException {
        Document index = write(SampleScans.chain(true), "index.html");

        Element table = index.selectFirst("table.overview");
        assertEquals(List.of("Gemeente", "4", "2", "1", "2", "4", "1", "2", "1 van 2 (50%)", "onbekend A uitgesloten"),
                cells(rowOf(table, SampleScans.GEMEENTE)));
        assertEquals(List.of("Ketenpartner", "2", "1", "0", "3", "3", "0", "2", "niet beoordeeld",
                "onbekend A uitgesloten"),
                cells(rowOf(table, SampleScans.BIBLIOTHEEK)));
        assertEquals(GEMEENTE_FILE, rowOf(table, SampleScans.GEMEENTE).selectFirst("th a").attr("href"));
        assertEquals(BIBLIOTHEEK_FILE, rowOf(table, SampleScans.BIBLIOTHEEK).selectFirst("th a").attr("href"));
    }

    @Test
    void indexCountsIssuesAndOccurrencesByDutchImpactWord() throws IOException {
        Document index = write(SampleScans.chain(true), "index.html");

        Element gemeente = impactTable(index, SampleScans.GEMEENTE);
        assertEquals(List.of("1", "3"), cells(rowOf(gemeente, "Kritiek")));
        assertEquals(List.of("1", "1"), cells(rowOf(gemeente, "Ernstig")));
        assertEquals(List.of("0", "0"), cells(rowOf(gemeente, "Matig")));
        assertEquals(List.of("0", "0"), cells(rowOf(gemeente, "Gering")));
        assertEquals(List.of("1", "1"), cells(rowOf(gemeente, "Te beoordelen door een deskundige")));
        Element bibliotheek = impactTable(index, SampleScans.BIBLIOTHEEK);
        assertEquals(List.of("1", "1"), cells(rowOf(bibliotheek, "Matig")));
        assertEquals(List.of("1", "1"), cells(rowOf(bibliotheek, "Gering")));
    }

    @Test
    void organisationPageListsTheIssueUnderItsRuleWithItsPagesSelectorAndSnippet() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element rule = page.select("section.rule").first();
        assertNotNull(rule);
        assertEquals("Afbeelding zonder tekstalternatief image-alt Kritiek", rule.selectFirst("h3").text());
        assertTrue(rule.text().contains("1.1.1"));
        Element help = rule.selectFirst("a[href=" + SampleScans.IMAGE_ALT_HELP + "]");
        assertNotNull(help);
        assertTrue(help.text().contains("image-alt"), "help link says where it leads");
        Element issue = rule.selectFirst(".issue");
        assertEquals(SampleScans.LOGO_SNIPPET, issue.selectFirst("pre code").text());
        assertEquals("header > img.logo:nth-child(1)", issue.selectFirst("code.selector").text());
        assertEquals(List.of(SampleScans.HOME, SampleScans.AFVAL), issue.select("ul.pages a").eachAttr("href"));
        assertTrue(issue.text().contains("Fout"));
    }

    @Test
    void rulesWithSeveralIssuesShowEachWithItsOwnOutcome() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element contrast = page.select("section.rule").get(1);
        assertEquals("Te weinig kleurcontrast color-contrast Ernstig", contrast.selectFirst("h3").text());
        Elements issues = contrast.select(".issue");
        assertEquals(2, issues.size());
        assertTrue(issues.get(1).text().contains("Te beoordelen door een deskundige"));
        assertTrue(issues.get(1).text().contains("Onbekend"), "an issue without impact says so");
    }

    @Test
    void organisationPageListsThePageWithAnErrorAndEveryPageWithItsStatus() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element errors = page.selectFirst("#niet-gecontroleerd").parent().selectFirst("table");
        Element kapot = rowOf(errors, SampleScans.KAPOT);
        assertEquals(List.of("geen antwoord", "no answer within 30 s; the server may be down"), cells(kapot));
        Element all = page.selectFirst("#paginas").parent().selectFirst("table");
        assertEquals(4, all.select("tbody tr").size());
        assertEquals(List.of("Home – Voorbeeldstad", "200", "Fouten gevonden", "3", "geen"),
                cells(rowOf(all, SampleScans.HOME)));
        assertEquals(List.of("Afval", "200", "Fouten gevonden", "2", "geen"), cells(rowOf(all, SampleScans.AFVAL)));
        assertEquals(List.of("Contact", "200", "Geen fouten gevonden", "0", "geen"),
                cells(rowOf(all, SampleScans.CONTACT)));
        assertEquals(List.of("(geen titel)", "geen antwoord", "Niet volledig gecontroleerd", "0", "geen"),
                cells(rowOf(all, SampleScans.KAPOT)));
    }

    @Test
    void anIssueShowsItsScreenshotWithAltText() throws IOException {
        Document page = write(SampleScans.chain(true), BIBLIOTHEEK_FILE);

        Element image = page.selectFirst("img.screenshot");
        assertEquals(SampleScans.SCREENSHOT, image.attr("src"));
        assertTrue(image.attr("alt").contains("html-has-lang"), image.attr("alt"));
        assertEquals(1, page.select("img.screenshot").size(), "only the issue whose occurrence has one");
    }

    @Test
    void redirectedPageShowsWhereItEnded() throws IOException {
        Document page = write(SampleScans.chain(true), BIBLIOTHEEK_FILE);

        Element row = rowOf(page.selectFirst("#paginas").parent().selectFirst("table"), "http://bieb.example/oud");
        assertEquals("https://www.bieb.example/nieuw", row.selectFirst(".redirect a").attr("href"));
        assertTrue(page.selectFirst("#niet-gecontroleerd").parent().text()
                .contains("Alle pagina's zijn volledig gecontroleerd."));
    }

    @Test
    void anIncompleteOrganisationIsMarkedOnTheChainAndItsOwnPageWithItsReason() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(false)), dir);

        for (String file : List.of("index.html", BIBLIOTHEEK_FILE)) {
            Element notice = parse(file).selectFirst(".notice-incomplete");
            assertNotNull(notice, file);
            assertTrue(notice.text().startsWith("Onvolledig."), file);
            assertTrue(notice.text().contains("het maximum aantal pagina's (--max-pages) is bereikt"),
                    "says why: " + file);
        }
        Document gemeente = parse(GEMEENTE_FILE);
        assertTrue(gemeente.select(".notice-incomplete").isEmpty(), "the partner's page limit is not the gemeente's");
        assertTrue(gemeente.selectFirst(".notice-complete").text().startsWith("Volledig"));
    }

    @Test
    void aBrokenLinkIsListedWithThePagesLinkingToItAndAFileThatIsNoPageIsNotChecked() throws IOException {
        String home = SampleScans.HOME;
        String gone = home + "oud-nieuws/";
        String image = home + "plattegrond.png";
        PageResult missing = PageResult.failed(gone, 404, "text/html", "the server answered HTTP 404");
        PageResult png = new PageResult(image, image, 200, "image/png", null, null, null, List.of(), null, 0, 0, null,
                PageFacts.NONE);
        ScanResults sample = SampleScans.chain(true);
        ScanResults results = new ScanResults(sample.toolVersion(), sample.axeVersion(), sample.scanId(),
                sample.startedAt(), sample.finishedAt(), true, List.of(new OrganisationResults(
                        Organisation.of(SampleScans.GEMEENTE, Role.GEMEENTE, List.of(home)),
                        List.of(SampleScans.page(home, "Home", List.of()), missing, png),
                        Map.of(gone, new PageLinks(List.of(), List.of(home))), null)));

        Document gemeente = write(results, GEMEENTE_FILE);

        Element brokenRow = rowOf(gemeente.selectFirst("#kapotte-links").parent().selectFirst("table"), gone);
        assertEquals(home, brokenRow.selectFirst("ul a").attr("href"));
        assertTrue(gemeente.selectFirst("#niet-gecontroleerd").parent().text().contains("Alle pagina's"),
                "a 404 is a broken link, not a page to scan again");
        Element pngRow = rowOf(gemeente.selectFirst("#paginas").parent().selectFirst("table"), image);
        assertEquals("Niet gecontroleerd: geen webpagina", pngRow.selectFirst(".status").text());
        assertEquals("Kapotte link", rowOf(gemeente.selectFirst("#paginas").parent().selectFirst("table"), gone)
                .selectFirst(".status").text());
    }

    @Test
    void completeScanIsNotMarkedIncomplete() throws IOException {
        Document index = write(SampleScans.chain(true), "index.html");

        assertTrue(index.select(".notice-incomplete").isEmpty());
        assertFalse(index.text().contains("Onvolledig"));
        assertTrue(index.selectFirst(".notice-complete").text().startsWith("Volledig"));
    }

    @Test
    void scanTimesAreShownInDutchTime() throws IOException {
        Document index = write(SampleScans.chain(true), "index.html");

        assertTrue(index.text().contains("12 maart 2025, 10:00"), index.selectFirst("dl").text());
        assertTrue(index.text().contains("12 maart 2025, 10:42"));
    }

    @Test
    void scanWithoutVersionsOrTimesStillRendersAndSaysWhatIsUnknown() throws IOException {
        ScanResults sample = SampleScans.chain(false);
        ScanResults bare = new ScanResults(null, null, null, null, null,
                false, sample.organisations());

        Document index = write(bare, "index.html");

        assertTrue(index.selectFirst("dl.facts").text().contains("Begonnen onbekend"));
        assertTrue(index.text().contains("ketenscan onbekend en axe-core onbekend"));
    }

    @Test
    void everyPageHasTheStructureAssistiveTechnologyReliesOn() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);

        for (String file : List.of("index.html", GEMEENTE_FILE, BIBLIOTHEEK_FILE)) {
            Document page = parse(file);
            assertEquals("nl", page.selectFirst("html").attr("lang"), file);
            assertEquals(1, page.select("h1").size(), file);
            assertFalse(page.title().isBlank(), file);
            assertHeadingsDoNotSkipLevels(page, file);
            Element skip = page.selectFirst("body > a.skip-link");
            assertNotNull(page.getElementById(skip.attr("href").substring(1)), file);
            for (Element table : page.select("table")) {
                assertNotNull(table.selectFirst("caption"), file);
                for (Element th : table.select("th")) {
                    assertTrue(th.attr("scope").matches("col|row"), file + ": " + th);
                }
            }
        }
    }

    @Test
    void criteriaMatrixGroupsTheFiftyCriteriaByPrincipleWithDutchNamesAndVerdictsInWords() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element section = page.getElementById("criteria").parent();
        assertEquals(List.of("Principe 1: Waarneembaar", "Principe 2: Bedienbaar", "Principe 3: Begrijpelijk",
                "Principe 4: Robuust"), section.select("h3").eachText());
        Elements tables = section.select("table.criteria");
        assertEquals(4, tables.size());
        assertEquals(50, tables.select("tbody tr").size());
        assertEquals(10, tables.get(2).select("tbody tr").size(), "principle 3 has 10 criteria");
        Element images = rowOf(tables.get(0), "1.1.1 Niet-tekstuele content");
        assertEquals(List.of("A", "9.1.1.1", "voldoet niet", "1", "0"), cells(images), "one failed issue, none to review");
        assertEquals("https://www.w3.org/WAI/WCAG21/Understanding/non-text-content.html",
                images.selectFirst("th a").attr("href"));
        assertEquals(List.of("AA", "9.1.4.3", "voldoet niet", "1", "1"),
                cells(rowOf(tables.get(0), "1.4.3 Contrast (minimum)")));
        assertEquals("niet van toepassing", cells(rowOf(tables.get(0), "1.2.2 Ondertitels")).get(2));
        assertEquals("geen automatische fouten", cells(rowOf(tables.get(2), "3.3.2 Labels of instructies")).get(2),
                "the contact page has a form field");
        assertEquals("alleen handmatig", cells(rowOf(tables.get(1), "2.3.1 Drie flitsen of beneden drempelwaarde")).get(2));
        assertEquals("geen automatische fouten", cells(rowOf(tables.get(3), "4.1.2 Naam, rol, waarde")).get(2));
    }

    @Test
    void verdictsAreCountedAndExplained() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element verdicts = page.selectFirst("table.verdicts");
        assertEquals("2", cells(rowOf(verdicts, "voldoet niet")).get(1));
        assertTrue(cells(rowOf(verdicts, "niet van toepassing")).get(0).contains("video"));
        int total = verdicts.select("tbody td.num").eachText().stream().mapToInt(Integer::parseInt).sum();
        assertEquals(50, total);
    }

    @Test
    void fixFirstListsSeparateTheWebTeamsTemplateIssuesFromTheEditorsContentIssues() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);
        Document gemeente = parse(GEMEENTE_FILE);
        Document bibliotheek = parse(BIBLIOTHEEK_FILE);

        Elements webTeam = gemeente.select("#webteam + ol.fix-first > li");
        assertEquals(List.of("image-alt", "color-contrast"), webTeam.select("code").eachText());
        assertTrue(webTeam.get(0).text().contains("Kritiek"));
        assertTrue(webTeam.get(0).text().contains("pagina's: 2; keer gevonden: 3"), webTeam.get(0).text());
        assertTrue(webTeam.get(0).text().contains("1.1.1 Niet-tekstuele content"));
        Element target = gemeente.getElementById(webTeam.get(0).selectFirst("a").attr("href").substring(1));
        assertNotNull(target);
        assertTrue(target.hasClass("issue"));
        assertTrue(target.text().contains("Het webteam, in het sjabloon"));
        assertEquals("Geen fouten in de inhoud gevonden.", gemeente.selectFirst("#redactie + p").text());

        assertEquals(List.of("html-has-lang", "region", "page-title-words"),
                bibliotheek.select("#redactie + ol.fix-first code").eachText());
        assertEquals("Geen fouten in het sjabloon gevonden.", bibliotheek.selectFirst("#webteam + p").text());
        assertEquals(SampleScans.BIEB, bibliotheek.selectFirst("#redactie + ol.fix-first .fix-first-page a").attr("href"),
                "editors see the page to edit");
        assertTrue(webTeam.select(".fix-first-page").isEmpty(), "the web team fixes the template, not a page");
    }

    @Test
    void eachIssuesCriteriaLinkToTheirUnderstandingPage() throws IOException {
        Document page = write(SampleScans.chain(true), GEMEENTE_FILE);

        Element contrast = page.select("section.rule").get(1);
        Element link = contrast.selectFirst("dl.facts a[hreflang=en]");
        assertEquals("1.4.3 Contrast (minimum)", link.text());
        assertEquals("https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html", link.attr("href"));
    }

    @Test
    void englishBundleSwitchesAllReportText() throws IOException {
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(false)), dir, Locale.ENGLISH);

        Document index = parse("index.html");
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals("Accessibility of the chain", index.selectFirst("h1").text());
        assertTrue(index.selectFirst(".notice-incomplete").text().startsWith("Incomplete."));
        assertEquals("Chain partner", cells(rowOf(index.selectFirst("table.overview"), SampleScans.BIBLIOTHEEK)).get(0));
        assertTrue(parse(GEMEENTE_FILE).text().contains("Not fully checked"));
        Element images = rowOf(parse(GEMEENTE_FILE).selectFirst("table.criteria"), "1.1.1 Non-text Content");
        assertEquals("fails", cells(images).get(2));
        assertEquals("Principle 1: Perceivable", parse(GEMEENTE_FILE).selectFirst("#principe-1").text());
    }

    @Test
    void everyRuleSaysWhatItChecksInTheReportsLanguage() throws IOException {
        RuleInfo info = OwnRules.info("link-text-generic").orElseThrow();
        Finding klikHier = info.finding(Outcome.NEEDS_REVIEW, "main > p > a", "<a href=\"/contact/\">Klik hier</a>",
                info.message("generic", "Klik hier"));
        ScanResults results = new ScanResults("0.1.0", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true, List.of(
                new OrganisationResults(Organisation.of(SampleScans.GEMEENTE, Role.GEMEENTE, List.of(SampleScans.HOME)),
                        List.of(SampleScans.page(SampleScans.HOME, "Home", List.of(klikHier, SampleScans.axe("image-alt",
                                Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL, "img", SampleScans.LOGO_SNIPPET,
                                "Element does not have an alt attribute", SampleScans.IMAGE_ALT_HELP)))))));

        Document dutch = write(results, GEMEENTE_FILE);
        assertEquals(Set.of(info.descriptionNl(), new MessageText(ReportText.DUTCH).of(AxeRuleText.explanation("image-alt"))),
                Set.copyOf(dutch.select("section.rule .rule-description").eachText()));
        assertTrue(dutch.select("section.rule h3").eachText().stream()
                        .anyMatch(heading -> heading.startsWith("Afbeelding zonder tekstalternatief image-alt")),
                dutch.select("section.rule h3").eachText().toString());
        HtmlReport.write(ChainAssessment.of(results), dir, Locale.ENGLISH);
        assertEquals(Set.of(info.descriptionEn(), MessageText.english().of(AxeRuleText.explanation("image-alt"))),
                Set.copyOf(parse(GEMEENTE_FILE).select(".rule-description").eachText()));
    }

    private Document write(ScanResults results, String file) throws IOException {
        HtmlReport.write(ChainAssessment.of(results), dir);
        return parse(file);
    }

    private Document parse(String file) throws IOException {
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8");
    }

    private static Element impactTable(Document index, String organisation) {
        return index.select("table.counts").stream()
                .filter(t -> t.selectFirst("caption").text().contains(organisation))
                .findFirst().orElseThrow(() -> new AssertionError("no impact table for " + organisation));
    }

    /** The body row whose header cell starts with {@code header}. */
    private static Element rowOf(Element table, String header) {
        return table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith(header))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + header + " in " + table));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    private static void assertHeadingsDoNotSkipLevels(Document page, String file) {
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, file + ": " + heading + " follows h" + previous);
            previous = level;
        }
    }
}
