package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.statement.StatementCheck;
import nl.ketenscan.rules.statement.StatementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register read after the crawl, from a loopback stand-in showing another status than the statement. */
class RegisterLookupTest {

    private static final String ENTRY = "https://www.toegankelijkheidsverklaring.nl/register/7";
    private static final String STATEMENT = """
            <html lang="nl"><head><title>Toegankelijkheidsverklaring</title></head><body><main>
            <h1>Toegankelijkheidsverklaring</h1><p>Status: B – voldoet gedeeltelijk</p>
            <p>Bekijk <a href="%s">onze verklaring in het register</a>.</p></main></body></html>""".formatted(ENTRY);
    private static final String REGISTER_PAGE = """
            <html><body><main><h1>Gemeente Heuvelrand</h1><dl><dt>Status</dt><dd>C - eerste maatregelen genomen</dd>
            <dt>Datum verklaring</dt><dd>01-09-2026</dd></dl></main></body></html>""";

    @TempDir
    Path dir;

    @Test
    void readsTheLinkedEntryOnceAndItsOtherStatusIsADisagreement() {
        try (FixtureServer register = FixtureServer.start(); ScanStore store = storeWithStatement()) {
            register.page("/register/7", REGISTER_PAGE);
            RegisterLookup lookup = new RegisterLookup(fetcher(), register.origin());

            lookup.lookUp(store);
            lookup.lookUp(store);

            OrganisationResults results = store.results().organisations().get(0);
            assertEquals(StatementStatus.C, results.register().status());
            assertEquals(LocalDate.of(2026, 9, 1), results.register().date());
            assertEquals(ENTRY, results.register().url(), "the entry is named as the statement links it");
            assertEquals(1, register.requests("/register/7"), "one request per organisation, also when asked again");
            StatementCheck check = StatementCheck.of(results);
            assertEquals(StatementStatus.B, check.declared());
            assertTrue(check.statusDisagreement());
            assertNull(store.results().organisations().get(1).register(), "its statement links no entry: not asked");
        }
    }

    @Test
    void anUnreachableRegisterIsANoteNeverAFailure() throws Exception {
        String closed;
        try (FixtureServer gone = FixtureServer.start()) {
            closed = gone.origin();
        }
        try (ScanStore store = storeWithStatement()) {
            new RegisterLookup(fetcher(), closed).lookUp(store);

            OrganisationResults results = store.results().organisations().get(0);
            assertFalse(results.register().wasRead());
            assertEquals("register.unreachable", results.register().problem().key());
            assertEquals(Message.of("note.register-unread", ENTRY, results.register().problem()),
                    store.results().notes().get(0).message());
        }
    }

    @Test
    void anEntryTheRegisterDoesNotKnowSaysSo() {
        try (FixtureServer register = FixtureServer.start(); ScanStore store = storeWithStatement()) {
            new RegisterLookup(fetcher(), register.origin()).lookUp(store);

            assertEquals("register.http-error", store.results().organisations().get(0).register().problem().key());
        }
    }

    @Test
    void theRegistersAddressIsThePublicOneUnlessATestChangesIt() {
        assertEquals(System.getProperty(RegisterLookup.BASE_PROPERTY, "https://www.toegankelijkheidsverklaring.nl"),
                RegisterLookup.address());
    }

    private static Fetcher fetcher() {
        return new Fetcher(Duration.ofSeconds(5), 1_000_000, "ketenscan-test");
    }

    private ScanStore storeWithStatement() {
        String site = "https://www.heuvelrand.example/toegankelijkheid/";
        ScanStore store = ScanStore.open(dir);
        store.begin("scan-1", Instant.parse("2026-12-06T09:00:00Z"), "0.1.0", "4.14.1", List.of(
                Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of("https://www.heuvelrand.example/")),
                Organisation.of("Welzijn", Role.KETENPARTNER, List.of("https://welzijn.example/"))));
        PageContent content = PageContent.parse(site, STATEMENT);
        PageResult page = new PageResult(site, site, 200, "text/html", "Toegankelijkheidsverklaring", "nl", null,
                List.of(), null, 0, 0, java.util.Set.of(), PageFacts.of(content, List.of()));
        store.enqueue(0, site, 0);
        store.complete(new FrontierEntry(0, site, 0), page, List.of());
        return store;
    }
}
