package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan follows the links a visitor sees: those of the DOM after the page's scripts ran as well as
 * those of the HTML as served. Real Chromium against fixture sites on loopback; each site is crawled to
 * exactly its pages, with their findings. {@link RenderedLinksWithGridTest} runs the same sites on a
 * Selenium Grid.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedLinksWithChromiumTest {

    static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Limits LIMITS = new Limits(50, 5, Duration.ofSeconds(3), BUDGET, 1_000_000, 1);

    /** One level deep: a page the frame's own page links to is found only by reading the frame. */
    private static final Limits LIMITS_ONE_LEVEL = new Limits(50, 1, Duration.ofSeconds(3), BUDGET, 1_000_000, 1);

    private BrowserPool browsers;

    private final List<FixtureServer> servers = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    void startBrowsers() throws Exception {
        browsers = new BrowserPool(browserSettings(), 1);
    }

    @AfterAll
    void stopBrowsers() throws Exception {
        browsers.close();
    }

    /** Where the browser runs: this machine's Chromium. */
    BrowserSettings browserSettings() throws Exception {
        return BrowserSettings.local(BUDGET);
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FixtureServer::close);
    }

    @Test
    void followsAMenuThatAScriptInsertsAndChecksItsPages() {
        FixtureServer site = server();
        JavaScriptMenuSite.serve(site);

        OrganisationResults gemeente = scan(site).organisations().get(0);

        assertEquals(List.of(site.url("/"), site.url("/afval/"), site.url("/parkeren/")),
                gemeente.pages().stream().map(PageResult::url).sorted().toList());
        for (String menuPage : List.of("/afval/", "/parkeren/")) {
            List<Finding> axe = page(gemeente, site.url(menuPage)).findings().stream()
                    .filter(f -> f.engine() == Engine.AXE).toList();
            assertEquals(List.of("image-alt"), axe.stream().map(Finding::rule).toList(), menuPage);
            assertEquals(Outcome.FAILED, axe.get(0).outcome(), menuPage);
            assertEquals(List.of(site.url("/")), gemeente.linksOf(site.url(menuPage)).linkedFrom(),
                    "the script's link counts for the referrer list as a served one does: " + menuPage);
        }
    }

    @Test
    void aHistoryRoutedSitesRoutesArePagesLikeAnyOther() {
        FixtureServer site = server();
        String shell = JavaScriptMenuSite.page("Loket", """
                <div id="scherm"></div>
                <script>
                  var schermen = {
                    '/': '<p>Welkom.</p>',
                    '/afspraak': '<h2>Afspraak</h2><img src="/agenda.png">',
                    '/contact': '<h2>Contact</h2><p>Bel 14 0123.</p>',
                    '/over': '<h2>Over ons</h2><img src="/team.png">'
                  };
                  var menu = document.createElement('nav');
                  menu.innerHTML = '<a href="/afspraak">Afspraak</a> <a href="/contact">Contact</a>'
                      + ' <a href="/over">Over ons</a>';
                  document.body.insertBefore(menu, document.body.firstChild);
                  document.getElementById('scherm').innerHTML = schermen[location.pathname] || '';
                </script>
                """);
        for (String route : List.of("/", "/afspraak", "/contact", "/over")) {
            site.page(route, shell);
        }

        OrganisationResults gemeente = scan(site).organisations().get(0);

        assertEquals(List.of(site.url("/"), site.url("/afspraak"), site.url("/contact"), site.url("/over")),
                gemeente.pages().stream().map(PageResult::url).sorted().toList());
        assertEquals(List.of(), axeRules(page(gemeente, site.url("/contact"))));
        assertEquals(List.of("image-alt"), axeRules(page(gemeente, site.url("/afspraak"))));
        assertEquals(List.of("image-alt"), axeRules(page(gemeente, site.url("/over"))));
    }

    @Test
    void checksEachRouteOfAHashRoutedSiteAsThePageTheBrowserShows() {
        FixtureServer site = server();
        site.page("/", JavaScriptMenuSite.page("Loket", """
                <nav><a href="#/afspraak">Afspraak maken</a> <a href="#!/contact">Contact</a></nav>
                <div id="scherm"><p>Kies wat u wilt doen.</p></div>
                <script>
                  function toon() {
                    var scherm = document.getElementById('scherm');
                    if (location.hash === '#/afspraak') {
                      scherm.innerHTML = '<h2>Afspraak</h2><img src="/agenda.png">';
                    } else if (location.hash === '#!/contact') {
                      scherm.innerHTML = '<h2>Contact</h2><input type="text" id="naam">';
                    } else {
                      scherm.innerHTML = '<p>Kies wat u wilt doen.</p>';
                    }
                  }
                  window.addEventListener('hashchange', toon);
                  toon();
                </script>
                """));

        OrganisationResults gemeente = scan(site).organisations().get(0);

        String afspraak = site.url("/") + "#/afspraak";
        String contact = site.url("/") + "#!/contact";
        assertEquals(List.of(site.url("/"), afspraak, contact).stream().sorted().toList(),
                gemeente.pages().stream().map(PageResult::url).sorted().toList());
        assertEquals(List.of(), axeRules(page(gemeente, site.url("/"))));
        assertEquals(List.of("image-alt"), axeRules(page(gemeente, afspraak)), "the route's own content is checked");
        assertTrue(axeRules(page(gemeente, contact)).contains("label"), axeRules(page(gemeente, contact)).toString());
    }

    @Test
    void followsTheLinksInFramesOfThePagesOwnOriginOnlyAfterTheirScriptsRan() {
        FixtureServer site = server();
        FixtureServer other = server();
        other.page("/", JavaScriptMenuSite.page("Elders", "<a href=\"" + site.url("/via-elders/") + "\">Terug</a>"));
        site.page("/", JavaScriptMenuSite.page("Home", """
                <iframe title="Menu" src="/menu.html"></iframe>
                <iframe title="Geschreven" id="geschreven"></iframe>
                <iframe title="Partner" src="%s"></iframe>
                <script>
                  document.getElementById('geschreven').contentDocument.body.innerHTML =
                      '<a href="/uit-script/">Uit een script</a>';
                </script>
                """.formatted(other.url("/"))));
        site.page("/menu.html", JavaScriptMenuSite.page("Menu", """
                <script>
                  document.body.insertAdjacentHTML('beforeend', '<a href="/uit-frame/">Uit het frame</a>');
                </script>
                """));
        for (String page : List.of("/uit-script/", "/uit-frame/", "/via-elders/")) {
            site.page(page, JavaScriptMenuSite.page("Pagina", "<img src=\"/foto.png\">"));
        }

        OrganisationResults gemeente = scan(site, LIMITS_ONE_LEVEL).organisations().get(0);

        assertEquals(List.of(site.url("/"), site.url("/menu.html"), site.url("/uit-frame/"), site.url("/uit-script/")),
                gemeente.pages().stream().map(PageResult::url).sorted().toList(),
                "a frame's script-built links are the page's links; another origin's frame is not read");
        assertEquals(List.of("image-alt"), axeRules(page(gemeente, site.url("/uit-script/"))));
        assertTrue(gemeente.linksOf(site.url("/uit-frame/")).linkedFrom().contains(site.url("/")),
                "the frame's link counts as the page's for the referrer list");
    }

    @Test
    void inPageAnchorsAddNoPage() {
        FixtureServer site = server();
        site.page("/", JavaScriptMenuSite.page("Home", """
                <nav><a href="#inhoud">Naar de inhoud</a> <a href="#main">Naar main</a></nav>
                <div id="inhoud"><p>Welkom.</p></div>
                <script>document.querySelector('nav').insertAdjacentHTML('beforeend',
                    ' <a href="#inhoud">Nog eens</a>');</script>
                """));

        OrganisationResults gemeente = scan(site).organisations().get(0);

        assertEquals(List.of(site.url("/")), gemeente.pages().stream().map(PageResult::url).toList());
    }

    private ScanResults scan(FixtureServer site) {
        return scan(site, LIMITS);
    }

    private ScanResults scan(FixtureServer site, Limits limits) {
        try (ScanStore store = ScanStore.open(dir)) {
            store.begin("rendered-links", Instant.now(), "test", browsers.axeVersion(),
                    List.of(Organisation.of("Gemeente", Role.GEMEENTE, List.of(site.url("/")))));
            new ScanEngine(store, new Fetcher(LIMITS.requestTimeout(), LIMITS.maxPageBytes(), "ketenscan-test"),
                    browsers, limits, ScanEngineWithChromiumTest.UNWATCHED).run();
            return store.results();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning", e);
        }
    }

    private static List<String> axeRules(PageResult page) {
        return page.findings().stream().filter(f -> f.engine() == Engine.AXE && f.outcome() == Outcome.FAILED)
                .map(Finding::rule).distinct().sorted().toList();
    }

    private FixtureServer server() {
        FixtureServer server = FixtureServer.start("127.0.0.1");
        servers.add(server);
        return server;
    }

    private static PageResult page(OrganisationResults organisation, String url) {
        return organisation.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " was not recorded"));
    }
}
