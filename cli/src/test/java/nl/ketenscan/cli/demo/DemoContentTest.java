package nl.ketenscan.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the demo content honest: no broken links or sitemap entries except the ones DEFECTS.md
 * lists as planted, robots.txt rules that do what DEFECTS.md says, and one template per site.
 */
class DemoContentTest {

    /** Broken on purpose, listed in DEFECTS.md: site key and path. */
    private static final Set<String> PLANTED_BROKEN = Set.of(
            "gemeente /nieuws/voorjaarsnota-2024/",
            "gemeente /documenten/onderzoeksrapport-2024.pdf",
            "bibliotheek /zomerlezen-2023/");

    /** Links to a folder without its slash, which the site redirects, listed in DEFECTS.md: site key and path. */
    private static final Set<String> PLANTED_REDIRECTS = Set.of("gemeente /contact");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static DemoChain chain;
    private static Map<String, DemoOrganisation> organisationByOrigin;
    private final Map<String, Integer> statusByUrl = new HashMap<>();

    @BeforeAll
    static void startChain() {
        chain = DemoChain.start();
        organisationByOrigin = new HashMap<>();
        for (int i = 0; i < DemoOrganisation.values().length; i++) {
            organisationByOrigin.put(chain.sites().get(i).origin(), DemoOrganisation.values()[i]);
        }
    }

    @AfterAll
    static void closeChain() {
        chain.close();
    }

    @Test
    void everyLinkBetweenDemoPagesResolvesExceptThePlantedBrokenOnes() throws Exception {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (DemoSite site : chain.sites()) {
            for (String pagePath : htmlPaths(organisation(site))) {
                String pageUrl = site.origin() + pagePath;
                Document page = Jsoup.parse(get(pageUrl).body(), pageUrl);
                for (Element element : page.select("a[href], link[href], img[src], iframe[src], form[action]")) {
                    String target = element.absUrl(element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action");
                    if (isSamePageFragment(element) && page.getElementById(element.attr("href").substring(1)) == null) {
                        broken.add(pageUrl + " -> " + element.attr("href") + " (no such id)");
                    }
                    if (demoOriginOf(target) == null) {
                        continue;
                    }
                    checked++;
                    int status = status(withoutFragment(target));
                    if (status != 200 && !isPlantedBroken(target) && !(status == 301 && isPlantedRedirect(target))) {
                        broken.add(pageUrl + " -> " + target + " (" + status + ")");
                    }
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " links checked; is the page list empty?");
        assertEquals(List.of(), broken);
    }

    @Test
    void plantedBrokenLinksAreReallyBroken() throws Exception {
        for (String planted : PLANTED_BROKEN) {
            String[] keyAndPath = planted.split(" ");
            assertEquals(404, status(originOf(keyAndPath[0]) + keyAndPath[1]), planted);
        }
    }

    @Test
    void everySitemapEntryResolvesExceptThePlantedStaleOne() throws Exception {
        for (DemoSite site : chain.sites()) {
            Document sitemap = Jsoup.parse(get(site.origin() + "/sitemap.xml").body(), "", Parser.xmlParser());
            for (String location : sitemap.select("url > loc").eachText()) {
                int status = status(location);
                assertTrue(status == 200 || isPlantedBroken(location), location + " answered " + status);
            }
        }
    }

    @Test
    void robotsTxtKeepsTheCrawlerOutOfInternAndSearchResults() throws Exception {
        String gemeente = originOf("gemeente");
        BaseRobotRules rules = robotRules(gemeente);
        assertFalse(rules.isAllowed(gemeente + "/intern/"));
        assertFalse(rules.isAllowed(gemeente + "/zoeken/?q=afvalkalender"));
        assertTrue(rules.isAllowed(gemeente + "/zoeken/"));
        assertTrue(rules.isAllowed(gemeente + "/afval/"));
        assertEquals(List.of(gemeente + "/sitemap.xml"), rules.getSitemaps());
        for (String partner : List.of(originOf("bibliotheek"), originOf("welzijn"))) {
            BaseRobotRules partnerRules = robotRules(partner);
            assertFalse(partnerRules.isAllowed(partner + "/intern/"));
            assertTrue(partnerRules.isAllowed(partner + "/contact/"));
        }
    }

    @Test
    void disallowedPagesExistAndAreLinkedSoTheCrawlerMeetsThem() throws Exception {
        for (DemoSite site : chain.sites()) {
            assertEquals(200, status(site.origin() + "/intern/"), site.name());
        }
        assertEquals(200, status(originOf("gemeente") + "/zoeken/?q=afvalkalender"));
    }

    @Test
    void servedPagesHaveNoPlaceholderLeft() throws Exception {
        for (DemoSite site : chain.sites()) {
            for (String pagePath : htmlPaths(organisation(site))) {
                assertFalse(get(site.origin() + pagePath).body().contains("{{"), site.origin() + pagePath);
            }
        }
    }

    @Test
    void everyMunicipalPageHasTheSameHeaderAndFooter() throws Exception {
        String gemeente = originOf("gemeente");
        List<String> paths = templatePages(DemoOrganisation.GEMEENTE);
        assertTrue(paths.size() >= 16, "the municipality has " + paths.size() + " pages");
        for (String path : paths) {
            Document page = Jsoup.parse(get(gemeente + path).body(), gemeente + path);
            assertNotNull(page.selectFirst("header .logo img[src=/afbeeldingen/logo-lindeveen.svg]:not([alt])"), path);
            assertEquals(10, page.select("nav.hoofdmenu li").size(), path);
            assertNotNull(page.selectFirst("nav.kruimelpad"), path);
            assertNotNull(page.selectFirst("footer a[href=/toegankelijkheid/]:containsOwn(Toegankelijkheid)"), path);
            assertNotNull(page.selectFirst("footer .voet-kleine-letters"), path);
        }
    }

    @Test
    void partnersHaveTheirOwnSmallerSites() throws Exception {
        for (DemoOrganisation partner : List.of(DemoOrganisation.BIBLIOTHEEK, DemoOrganisation.WELZIJN)) {
            List<String> paths = templatePages(partner);
            assertTrue(paths.size() >= 6, partner + " has " + paths.size() + " pages");
            for (String path : paths) {
                Document page = Jsoup.parse(get(originOf(partner.key()) + path).body());
                assertNotNull(page.selectFirst("link[href^=/css/" + partner.key() + "]"), partner + path);
                assertNotNull(page.selectFirst("footer a[href=" + originOf("gemeente") + "/]"), partner + path);
            }
        }
    }

    @Test
    void demoHasEveryKindOfLinkTheCrawlerMustHandle() throws Exception {
        Set<String> targets = new TreeSet<>();
        for (DemoSite site : chain.sites()) {
            for (String pagePath : htmlPaths(organisation(site))) {
                String pageUrl = site.origin() + pagePath;
                targets.addAll(Jsoup.parse(get(pageUrl).body(), pageUrl).select("a[href]").eachAttr("abs:href"));
            }
        }
        assertTrue(targets.stream().anyMatch(t -> t.startsWith("mailto:")), "mailto link");
        assertTrue(targets.stream().anyMatch(t -> t.startsWith("tel:")), "tel link");
        assertTrue(targets.contains("https://www.rijksoverheid.nl/"), "link to a host outside the chain");
        assertTrue(targets.stream().anyMatch(t -> t.endsWith(".pdf")), "pdf document");
        assertTrue(targets.stream().anyMatch(t -> t.endsWith(".docx")), "Word document");
        assertTrue(targets.contains(originOf("bibliotheek") + "/taalcafe/"), "municipality links to a partner page");
        assertTrue(targets.contains(originOf("gemeente") + "/bijstand/"), "partner links to a municipal page");
    }

    private static List<String> htmlPaths(DemoOrganisation organisation) throws IOException, URISyntaxException {
        Path root = Path.of(DemoContentTest.class.getClassLoader().getResource(organisation.resourceRoot()).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .map(path -> path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path)
                    .sorted()
                    .toList();
        }
    }

    /** The site's pages, leaving out fragments such as an embedded widget that have no template. */
    private static List<String> templatePages(DemoOrganisation organisation) throws IOException, URISyntaxException {
        return htmlPaths(organisation).stream().filter(path -> path.endsWith("/") || path.equals("/404.html")).toList();
    }

    private static DemoOrganisation organisation(DemoSite site) {
        return organisationByOrigin.get(site.origin());
    }

    private static String originOf(String key) {
        return chain.sites().get(DemoOrganisation.valueOf(key.toUpperCase(java.util.Locale.ROOT)).ordinal()).origin();
    }

    private static String demoOriginOf(String url) {
        return organisationByOrigin.keySet().stream().filter(origin -> url.startsWith(origin + "/")).findFirst().orElse(null);
    }

    private static boolean isPlantedBroken(String url) {
        return isPlanted(PLANTED_BROKEN, url);
    }

    private static boolean isPlantedRedirect(String url) {
        return isPlanted(PLANTED_REDIRECTS, url);
    }

    private static boolean isPlanted(Set<String> planted, String url) {
        String origin = demoOriginOf(url);
        return origin != null
                && planted.contains(organisationByOrigin.get(origin).key() + " " + withoutFragment(url).substring(origin.length()));
    }

    private static boolean isSamePageFragment(Element element) {
        return element.attr("href").startsWith("#") && element.attr("href").length() > 1;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private int status(String url) throws IOException, InterruptedException {
        Integer known = statusByUrl.get(url);
        if (known == null) {
            known = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            statusByUrl.put(url, known);
        }
        return known;
    }

    private static BaseRobotRules robotRules(String origin) throws IOException, InterruptedException {
        byte[] robots = get(origin + "/robots.txt").body().getBytes(StandardCharsets.UTF_8);
        return new SimpleRobotRulesParser().parseContent(origin + "/robots.txt", robots, "text/plain", List.of("ketenscan"));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
