package nl.ketenscan.crawler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.Technology;
import nl.ketenscan.rules.navigation.NavigationBlock;
import nl.ketenscan.rules.navigation.NavigationLink;
import nl.ketenscan.rules.navigation.PageNavigation;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.statement.ContactWay;
import nl.ketenscan.rules.statement.StatementContents;
import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.statement.StatementEvidence;
import nl.ketenscan.rules.statement.StatementLink;
import nl.ketenscan.rules.statement.StatementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanStoreTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T09:15:30.123456789Z");

    private static final Organisation GEMEENTE = new Organisation("Gemeente ’s-Hertogenbosch", Role.GEMEENTE,
            List.of("https://www.s-hertogenbosch.nl/", "https://www.s-hertogenbosch.nl/inwoners"),
            Set.of("formulieren.s-hertogenbosch.nl", "loket.s-hertogenbosch.nl"),
            List.of(Pattern.compile("^https://www\\.s-hertogenbosch\\.nl/.*"), Pattern.compile("/loket/")),
            List.of(Pattern.compile("\\.pdf$", Pattern.CASE_INSENSITIVE), Pattern.compile("[?&]print=1")));

    private static final Organisation BIEB = Organisation.of("Bibliotheek ’s-Hertogenbosch", Role.KETENPARTNER,
            List.of("https://www.bibliotheekdenbosch.nl/"));

    @TempDir
    Path dir;

    @Test
    void organisationsComeBackAsTheyWereGiven() {
        try (ScanStore store = begun(dir)) {
            assertOrganisations(List.of(GEMEENTE, BIEB), store.organisations());
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            assertOrganisations(List.of(GEMEENTE, BIEB), reopened.organisations());
            assertEquals("scan-1", reopened.scanId());
            assertEquals(STARTED, reopened.startedAt());
        }
    }

    @Test
    void pagesAndFindingsRoundTripWithNullsUnicodeAndMarkup() {
        PageResult rich = new PageResult("https://www.s-hertogenbosch.nl/", "https://www.s-hertogenbosch.nl/home",
                200, "text/html; charset=utf-8", "Welkom in ’s-Hertogenbosch – café 漢字 🙂", "nl", null,
                List.of(new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                                "img[src=\"logo.png\"]", "<img src=\"logo.png\">",
                                "Element heeft geen alt-attribuut", "https://dequeuniversity.com/rules/axe/4.11/image-alt"),
                        new Finding("html-has-lang", Engine.AXE, Outcome.NEEDS_REVIEW, List.of(), null,
                                null, null, List.of(), null),
                        new Finding("plain-language", Engine.KETENSCAN, Outcome.NEEDS_REVIEW,
                                List.of("3.1.5", "3.1.2", "1.4.10"), Impact.MINOR, "main > p:nth-child(3)",
                                "<script>alert('x')</script>\n\t'quotes' \"double\" \\ %_", "Tekst boven B1: ‘ëïö’",
                                "")),
                null,
                1_234, Long.MAX_VALUE, null, PageFacts.NONE);
        PageResult failed = PageResult.failed("https://www.bibliotheekdenbosch.nl/", 0, null,
                "net::ERR_NAME_NOT_RESOLVED");
        try (ScanStore store = begun(dir)) {
            store.enqueue(0, rich.url(), 0);
            store.enqueue(1, failed.url(), 0);
            store.complete(new FrontierEntry(0, rich.url(), 0), rich, List.of());
            store.complete(new FrontierEntry(1, failed.url(), 0), failed, List.of());
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            ScanResults results = reopened.results();
            assertEquals(List.of(rich), results.organisations().get(0).pages());
            assertEquals(List.of(failed), results.organisations().get(1).pages());
        }
    }

    @Test
    void pageFactsRoundTripWithEveryPartInItsOrder() {
        PageFacts facts = new PageFacts(
                new StatementEvidence(
                        List.of(new StatementLink("https://www.s-hertogenbosch.nl/toegankelijkheid", "Toegankelijkheid"),
                                new StatementLink("https://www.s-hertogenbosch.nl/en/accessibility", "Accessibility \"EN\" ’")),
                        List.of("https://www.toegankelijkheidsverklaring.nl/register/4321"), true,
                        StatementStatus.B, StatementStatus.C,
                        new StatementContents(LocalDate.of(2026, 3, 1), List.of(LocalDate.of(2025, 12, 1),
                                LocalDate.of(2024, 1, 2)),
                                List.of(new ContactWay(ContactWay.Kind.EMAIL, "info@s-hertogenbosch.nl", true),
                                        new ContactWay(ContactWay.Kind.PHONE, "14 073", false)),
                                List.of(new StatementLink("https://www.s-hertogenbosch.nl/rapport.pdf", "Rapport")))),
                "3a1e09297316",
                List.of(new ThirdPartyEmbed("iframe", "https://kaarten.example/?q=a&b=<c>", 3),
                        new ThirdPartyEmbed("script", "https://statistiek.example/teller.js", 0)),
                null,
                new PageNavigation(List.of(
                        new NavigationBlock("nav \"hoofdmenu\"", "html > body > header > nav", List.of(
                                new NavigationLink("https://www.s-hertogenbosch.nl/", "Home", false),
                                new NavigationLink("https://www.s-hertogenbosch.nl/toegankelijkheid", "Toegankelijkheid \"nu\"", true))),
                        new NavigationBlock("footer", "#footer", List.of())), true, false, 7),
                new BrowserChecks(List.of("behaviour", "reflow", "on-input"),
                        List.of("text-spacing did not finish within its 3000 ms"),
                        List.of(new Screenshot("reflow", "#inhoud > table[summary=\"a b\"]", "screenshots/ab12-cd34.png"))),
                Set.of(Technology.HTML, Technology.WAI_ARIA), 48_213L);
        String statementUrl = "https://www.s-hertogenbosch.nl/toegankelijkheid";
        PageResult page = new PageResult(statementUrl, statementUrl, 200, "text/html", "Toegankelijkheid", "nl", null,
                List.of(), null, 10, 20, Set.of(PageFeature.TABLE, PageFeature.FORM), facts);
        PageResult document = new PageResult("https://www.s-hertogenbosch.nl/jaarverslag-2017.pdf",
                "https://www.s-hertogenbosch.nl/jaarverslag-2017.pdf", 200, "application/pdf", null, null, null,
                List.of(), null, 0, 0, null, PageFacts.ofDocument(LocalDate.of(2017, 4, 12)));
        try (ScanStore store = begun(dir)) {
            for (PageResult p : List.of(page, document)) {
                store.enqueue(0, p.url(), 1);
                store.complete(new FrontierEntry(0, p.url(), 1), p, List.of());
            }
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            assertEquals(List.of(page, document), reopened.results().organisations().get(0).pages());
        }
    }

    @Test
    void theRegisterEntryReadOrNotAndTheBrowserRoundTrip() {
        RegisterEntry read = new RegisterEntry("https://www.toegankelijkheidsverklaring.nl/register/4321",
                StatementStatus.B, LocalDate.of(2026, 2, 1), List.of(LocalDate.of(2025, 11, 3)), null);
        RegisterEntry unread = RegisterEntry.unread("https://www.toegankelijkheidsverklaring.nl/register/9",
                Message.of("register.unreachable", "Connection refused"));
        try (ScanStore store = begun(dir)) {
            store.recordRegister(0, read);
            store.recordRegister(1, unread);
            store.recordBrowser("chrome 131.0.6778.85");
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            assertEquals("chrome 131.0.6778.85", reopened.results().browserVersion());
            assertEquals(read, reopened.results().organisations().get(0).register());
            assertEquals(unread, reopened.results().organisations().get(1).register());
        }
    }

    @Test
    void pageFeaturesRoundTripAndUnrenderedPagesKeepThemUnknown() {
        String base = "https://www.s-hertogenbosch.nl/";
        PageResult form = new PageResult(base + "melding/", base + "melding/", 200, "text/html", "Melding", "nl", null,
                List.of(), null, 10, 20, Set.of(PageFeature.FRAME, PageFeature.FORM_FIELD), PageFacts.NONE);
        PageResult plain = new PageResult(base + "over/", base + "over/", 200, "text/html", "Over", "nl", null,
                List.of(), null, 10, 20, Set.of(), PageFacts.NONE);
        PageResult pdf = new PageResult(base + "a.pdf", base + "a.pdf", 200, "application/pdf", null, null, null,
                List.of(), null, 0, 0, null, PageFacts.NONE);
        try (ScanStore store = begun(dir)) {
            for (PageResult page : List.of(form, plain, pdf)) {
                store.enqueue(0, page.url(), 1);
                store.complete(new FrontierEntry(0, page.url(), 1), page, List.of());
            }
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            List<PageResult> pages = reopened.results().organisations().get(0).pages();
            assertEquals(Set.of(PageFeature.FORM_FIELD, PageFeature.FRAME), pages.get(0).features());
            assertEquals(Set.of(), pages.get(1).features());
            assertNull(pages.get(2).features());
        }
    }

    @Test
    void thePlainLanguageVerdictRoundTripsWithItsRewrites() {
        PlainLanguage plain = new PlainLanguage(395, 16, 24.7, 2.03, 27.3, 82.3, PlainLanguage.Level.ABOVE_B1,
                List.of(new PlainLanguage.Rewrite("Teneinde in aanmerking te komen dient “belanghebbende” <b>…</b>",
                                List.of(Message.of("plain-language.long", 71, 20),
                                        Message.of("plain-language.officialese", "teneinde", "om"),
                                        Message.of("plain-language.passive", "wordt … behandeld"))),
                        new PlainLanguage.Rewrite("Voorts.", List.of())));
        PageResult judged = new PageResult("https://www.s-hertogenbosch.nl/bijstand", "https://www.s-hertogenbosch.nl/bijstand",
                200, "text/html", "Bijstand", "nl", null, List.of(), plain, 10, 20, null, PageFacts.NONE);
        PageResult easy = new PageResult("https://www.s-hertogenbosch.nl/afval", "https://www.s-hertogenbosch.nl/afval",
                200, "text/html", "Afval", "nl", null, List.of(),
                new PlainLanguage(139, 21, 6.6, 1.5, 85.0, 0.0, PlainLanguage.Level.B1_OR_EASIER, List.of()), 10, 20,
                null, PageFacts.NONE);
        try (ScanStore store = begun(dir)) {
            store.complete(new FrontierEntry(0, judged.url(), 0), judged, List.of());
            store.complete(new FrontierEntry(0, easy.url(), 0), easy, List.of());
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            assertEquals(List.of(judged, easy), reopened.results().organisations().get(0).pages());
        }
    }

    @Test
    void pagesComeBackInCompletionOrderPerOrganisation() {
        try (ScanStore store = begun(dir)) {
            for (String path : List.of("c", "a", "b")) {
                store.enqueue(0, "https://www.s-hertogenbosch.nl/" + path, 1);
            }
            for (String path : List.of("b", "c", "a")) {
                String url = "https://www.s-hertogenbosch.nl/" + path;
                store.complete(new FrontierEntry(0, url, 1), page(url, 1), List.of());
            }
            List<String> urls = store.results().organisations().get(0).pages().stream().map(PageResult::url).toList();
            assertEquals(List.of("https://www.s-hertogenbosch.nl/b", "https://www.s-hertogenbosch.nl/c",
                    "https://www.s-hertogenbosch.nl/a"), urls);
        }
    }

    @Test
    void enqueueingAKnownUrlAgainChangesNothing() {
        try (ScanStore store = begun(dir)) {
            assertTrue(store.enqueue(0, "https://www.s-hertogenbosch.nl/", 0));
            assertFalse(store.enqueue(0, "https://www.s-hertogenbosch.nl/", 3));
            assertTrue(store.enqueue(1, "https://www.s-hertogenbosch.nl/", 2), "the same URL is new for another organisation");
            assertEquals(List.of(new FrontierEntry(0, "https://www.s-hertogenbosch.nl/", 0),
                    new FrontierEntry(1, "https://www.s-hertogenbosch.nl/", 2)), store.pending());
            assertEquals(1, store.known(0));
            assertEquals(1, store.known(1));
        }
    }

    @Test
    void completingRecordsThePageMarksItDoneAndQueuesWhatItFound() {
        try (ScanStore store = begun(dir)) {
            store.enqueue(0, "https://www.s-hertogenbosch.nl/", 0);
            store.enqueue(0, "https://www.s-hertogenbosch.nl/a", 1);
            FrontierEntry home = new FrontierEntry(0, "https://www.s-hertogenbosch.nl/", 0);
            store.complete(home, page(home.url(), 2), List.of(
                    new FrontierEntry(0, "https://www.s-hertogenbosch.nl/a", 1),
                    new FrontierEntry(0, "https://www.s-hertogenbosch.nl/b", 1),
                    new FrontierEntry(1, "https://www.bibliotheekdenbosch.nl/agenda", 1)));

            assertEquals(List.of(new FrontierEntry(0, "https://www.s-hertogenbosch.nl/a", 1),
                    new FrontierEntry(0, "https://www.s-hertogenbosch.nl/b", 1),
                    new FrontierEntry(1, "https://www.bibliotheekdenbosch.nl/agenda", 1)), store.pending());
            assertEquals(1, store.pagesDone(0));
            assertEquals(2, store.queued(0));
            assertEquals(3, store.known(0));
            assertEquals(1, store.queued(1));
        }
    }

    @Test
    void theQueuedCountFollowsEveryChangeOnceItWasCounted() {
        String site = "https://www.s-hertogenbosch.nl/";
        try (ScanStore store = begun(dir)) {
            store.enqueueAll(List.of(new FrontierEntry(0, site, 0), new FrontierEntry(0, site + "a", 1)));
            assertEquals(2, store.queued(0));
            assertEquals(0, store.queued(1));

            store.enqueue(0, site + "a", 1);
            store.enqueue(1, "https://www.bibliotheekdenbosch.nl/", 0);
            store.complete(new FrontierEntry(0, site, 0), page(site, 1), List.of(new FrontierEntry(0, site + "a", 1),
                    new FrontierEntry(0, site + "b", 1), new FrontierEntry(1, "https://www.bibliotheekdenbosch.nl/c", 1)));
            store.complete(new FrontierEntry(0, site, 0), page(site, 1), List.of(new FrontierEntry(0, site + "late", 1)));
            store.complete(new FrontierEntry(0, site + "never-queued", 1), page(site + "never-queued", 0), List.of());
            PageResult redirected = new PageResult(site + "a", site + "b", 200, "text/html", "B", "nl", null,
                    List.of(), null, 0, 0, null, PageFacts.NONE);
            store.complete(new FrontierEntry(0, site + "a", 1), redirected, List.of());

            for (int org = 0; org < 2; org++) {
                int o = org;
                assertEquals(store.pending().stream().filter(entry -> entry.org() == o).count(), store.queued(org),
                        "organisation " + org);
            }
            assertEquals(0, store.queued(0), "b, where a ended, counts as visited though it was queued before");
        }
    }

    @Test
    void completingAnEntryTwiceKeepsTheFirstPageAndDoesNotDuplicateFindings() {
        try (ScanStore store = begun(dir)) {
            FrontierEntry home = new FrontierEntry(0, "https://www.s-hertogenbosch.nl/", 0);
            store.enqueue(0, home.url(), 0);
            store.complete(home, page(home.url(), 3), List.of());
            store.complete(home, page(home.url(), 5), List.of(new FrontierEntry(0, "https://www.s-hertogenbosch.nl/late", 1)));

            List<PageResult> pages = store.results().organisations().get(0).pages();
            assertEquals(List.of(page(home.url(), 3)), pages);
            assertEquals(1, store.pagesDone(0));
            assertEquals(List.of(), store.pending(), "a repeated completion queues nothing");
        }
    }

    @Test
    void aPageThatFailsToBeWrittenLeavesNoTraceAndItsEntryPending() throws Exception {
        FrontierEntry home = new FrontierEntry(0, "https://www.s-hertogenbosch.nl/", 0);
        try (ScanStore store = begun(dir)) {
            store.enqueue(0, home.url(), 0);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("scan.db"));
                 Statement statement = other.createStatement()) {
                statement.executeUpdate("CREATE TRIGGER fail_late BEFORE INSERT ON finding_criterion"
                        + " WHEN NEW.criterion = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full, say'); END");
            }
            List<Finding> findings = new ArrayList<>(page(home.url(), 3).findings());
            findings.add(new Finding("last", Engine.KETENSCAN, Outcome.FAILED, List.of("1.1.1", "boom"),
                    Impact.SERIOUS, "p", "<p>", "m", null));
            PageResult failing = new PageResult(home.url(), home.url(), 200, "text/html", "t", "nl", null,
                    findings, null, 1, 1, null, PageFacts.NONE);

            ScanStoreException error = assertThrows(ScanStoreException.class, () -> store.complete(home, failing,
                    List.of(new FrontierEntry(0, "https://www.s-hertogenbosch.nl/found", 1))));
            assertTrue(error.getMessage().contains("disk full, say"), error.getMessage());

            assertEquals(List.of(home), store.pending());
            assertEquals(0, store.pagesDone(0));
            assertEquals(1, store.known(0));
            assertEquals(List.of(), store.results().organisations().get(0).pages());

            store.complete(home, page(home.url(), 2), List.of());
            assertEquals(List.of(page(home.url(), 2)), store.results().organisations().get(0).pages());
        }
    }

    @Test
    void aReopenedStoreResumesWithThePendingEntriesInQueueOrder() {
        try (ScanStore store = begun(dir)) {
            for (int i = 0; i < 6; i++) {
                store.enqueue(i % 2, "https://example.nl/" + i, i);
            }
            for (int i : List.of(0, 3, 4)) {
                store.complete(new FrontierEntry(i % 2, "https://example.nl/" + i, i),
                        page("https://example.nl/" + i, i), List.of());
            }
        }
        try (ScanStore resumed = ScanStore.open(dir)) {
            assertTrue(resumed.hasScan());
            assertEquals(List.of(new FrontierEntry(1, "https://example.nl/1", 1),
                    new FrontierEntry(0, "https://example.nl/2", 2),
                    new FrontierEntry(1, "https://example.nl/5", 5)), resumed.pending());
            assertEquals(2, resumed.pagesDone(0));
            assertEquals(1, resumed.pagesDone(1));
        }
    }

    @Test
    void aFolderHoldsOneScan() {
        try (ScanStore store = begun(dir)) {
            IllegalStateException again = assertThrows(IllegalStateException.class,
                    () -> store.begin("scan-2", STARTED, "0.1.0", "4.11.1", List.of(BIEB)));
            assertEquals("this folder already holds a scan; use --resume to continue it or choose another --out",
                    again.getMessage());
        }
        try (ScanStore reopened = ScanStore.open(dir)) {
            assertThrows(IllegalStateException.class,
                    () -> reopened.begin("scan-2", STARTED, "0.1.0", "4.11.1", List.of(BIEB)));
            assertEquals("scan-1", reopened.scanId());
        }
    }

    @Test
    void aNewFolderHasNoScanToResumeOrReport() {
        Path nested = dir.resolve("out/2025-03");
        try (ScanStore store = ScanStore.open(nested)) {
            assertTrue(Files.isRegularFile(nested.resolve("scan.db")));
            assertFalse(store.hasScan());
            IllegalStateException error = assertThrows(IllegalStateException.class, store::results);
            assertTrue(error.getMessage().contains("no scan has been started"), error.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.enqueue(0, "https://example.nl/", 0));
        }
    }

    @Test
    void finishingAndReopeningDecideWhetherTheScanReadsAsComplete() {
        Instant end = Instant.parse("2025-03-01T10:00:00Z");
        try (ScanStore store = begun(dir)) {
            ScanResults running = store.results();
            assertFalse(running.complete());
            assertEquals(STARTED, running.finishedAt(), "without pages an unfinished scan ends where it started");

            store.enqueue(0, "https://example.nl/", 0);
            store.complete(new FrontierEntry(0, "https://example.nl/", 0), page("https://example.nl/", 0), List.of());
            assertTrue(store.results().finishedAt().isAfter(STARTED), "an unfinished scan ends at its last page");

            store.finish(end, Map.of());
            assertTrue(store.results().complete());
            assertEquals(end, store.results().finishedAt());

            store.reopen();
            assertFalse(store.results().complete());
            assertTrue(store.hasScan());

            store.finish(end, Map.of(0, StopReason.PAGE_LIMIT));
            assertFalse(store.results().complete());
            assertEquals(StopReason.PAGE_LIMIT, store.results().organisations().get(0).stopReason());
            assertEquals("0.1.0", store.results().toolVersion());
            assertEquals("4.11.1", store.results().axeVersion());
            assertEquals("scan-1", store.results().scanId());
            assertEquals(STARTED, store.results().startedAt());
        }
    }

    @Test
    void aStoreOfAnotherVersionIsRefusedWithWhatToDo() throws Exception {
        ScanStore.open(dir).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("scan.db"));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        ScanStoreException error = assertThrows(ScanStoreException.class, () -> ScanStore.open(dir));
        assertTrue(error.getMessage().contains("version 99"), error.getMessage());
        assertTrue(error.getMessage().contains("--out"), error.getMessage());
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("scan.db"), "these are my notes, not a database ".repeat(200));
        ScanStoreException error = assertThrows(ScanStoreException.class, () -> ScanStore.open(dir));
        assertTrue(error.getMessage().contains("--out"), error.getMessage());
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("scan.db"));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE klant (naam TEXT)");
        }
        ScanStoreException error = assertThrows(ScanStoreException.class, () -> ScanStore.open(dir));
        assertTrue(error.getMessage().contains("an SQLite database of another program"), error.getMessage());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("scan.db"));
             Statement statement = other.createStatement()) {
            assertFalse(statement.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'meta'").next(),
                    "no ketenscan table was added");
        }
    }

    @Test
    void settingsAndTheFilesWrittenAreKeptForTheNextRun() {
        try (ScanStore store = begun(dir)) {
            assertEquals(Optional.of(Set.of()), store.filesWritten(), "a new store lists no files yet");
            store.recordSettings(Map.of("--max-pages", "100", "--no-browser", "true"));
            store.recordFilesWritten(List.of("index.html", "results.json"));
            store.recordFilesWritten(List.of("index.html", "org/a.html"));
        }
        try (ScanStore store = ScanStore.open(dir)) {
            assertEquals(Map.of("--max-pages", "100", "--no-browser", "true"), store.settings());
            assertEquals(Optional.of(Set.of("index.html", "org/a.html", "results.json")), store.filesWritten());
        }
    }

    @Test
    void workersCompletingPagesAtTheSameTimeLoseNothing() throws Exception {
        int workers = 4;
        int pagesEach = 25;
        try (ScanStore store = begun(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    int worker = w;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < pagesEach; i++) {
                            String url = "https://example.nl/" + worker + "/" + i;
                            store.enqueue(0, url, 1);
                            store.complete(new FrontierEntry(0, url, 1), page(url, 2),
                                    List.of(new FrontierEntry(0, "https://example.nl/shared/" + i, 2)));
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(workers * pagesEach, store.pagesDone(0));
            assertEquals(pagesEach, store.queued(0));
            assertEquals(workers * pagesEach + pagesEach, store.known(0));
            List<PageResult> pages = store.results().organisations().get(0).pages();
            assertEquals(workers * pagesEach, pages.size());
            assertTrue(pages.stream().allMatch(p -> p.findings().size() == 2));
        }
    }

    private static ScanStore begun(Path dir) {
        ScanStore store = ScanStore.open(dir);
        store.begin("scan-1", STARTED, "0.1.0", "4.11.1", List.of(GEMEENTE, BIEB));
        return store;
    }

    static PageResult page(String url, int findings) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            list.add(new Finding("rule-" + i, Engine.AXE, Outcome.FAILED, List.of("1.1.1", "4.1.2"), Impact.SERIOUS,
                    "#e" + i, "<a id=\"e" + i + "\">", "message " + i, "https://example.nl/help/" + i));
        }
        return new PageResult(url, url, 200, "text/html", "Pagina", "nl", null, list, null, 10, 20, null,
                PageFacts.NONE);
    }

    /** Pattern has no equals, so organisations are compared with their patterns as source and flags. */
    private static void assertOrganisations(List<Organisation> expected, List<Organisation> actual) {
        assertEquals(expected.stream().map(ScanStoreTest::comparable).toList(),
                actual.stream().map(ScanStoreTest::comparable).toList());
    }

    private static List<Object> comparable(Organisation org) {
        return List.of(org.name(), org.role(), org.seeds(), org.extraHosts(),
                org.include().stream().map(p -> p.pattern() + "/" + p.flags()).toList(),
                org.exclude().stream().map(p -> p.pattern() + "/" + p.flags()).toList());
    }
}
