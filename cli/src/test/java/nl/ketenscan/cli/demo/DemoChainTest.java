package nl.ketenscan.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenscan.rules.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoChainTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static DemoChain chain;

    @BeforeAll
    static void startChain() {
        chain = DemoChain.start();
    }

    @AfterAll
    static void closeChain() {
        chain.close();
    }

    @Test
    void servesTheMunicipalityFirstThenItsPartnersEachOnItsOwnLoopbackOrigin() {
        List<DemoSite> sites = chain.sites();
        assertEquals(List.of("Gemeente Lindeveen", "Bibliotheek Lindeveen", "Welzijn Lindeveen"),
                sites.stream().map(DemoSite::name).toList());
        assertEquals(List.of(Role.GEMEENTE, Role.KETENPARTNER, Role.KETENPARTNER),
                sites.stream().map(DemoSite::role).toList());
        sites.forEach(site -> assertTrue(site.origin().matches("http://127\\.0\\.0\\.1:\\d+"), site.origin()));
        assertEquals(3, sites.stream().map(DemoSite::origin).distinct().count());
    }

    @Test
    void servesEachSitesIndexAsUtf8Html() throws Exception {
        for (DemoSite site : chain.sites()) {
            HttpResponse<String> response = get(site.origin() + "/");
            assertEquals(200, response.statusCode(), site.name());
            assertEquals("text/html; charset=utf-8", contentType(response));
            assertEquals(site.name(), Jsoup.parse(response.body()).title(), "the home page is titled after the site");
        }
    }

    @Test
    void robotsTxtPointsAtTheSitemapOnTheSitesOwnOrigin() throws Exception {
        for (DemoSite site : chain.sites()) {
            HttpResponse<String> response = get(site.origin() + "/robots.txt");
            assertEquals(200, response.statusCode());
            assertEquals("text/plain; charset=utf-8", contentType(response));
            assertTrue(response.body().contains("Sitemap: " + site.origin() + "/sitemap.xml"), response.body());
            assertTrue(response.body().contains("Disallow: /intern/"), response.body());
            assertFalse(response.body().contains("{{"), response.body());
        }
    }

    @Test
    void sitemapListsPagesOnTheSitesOwnOrigin() throws Exception {
        for (DemoSite site : chain.sites()) {
            HttpResponse<String> response = get(site.origin() + "/sitemap.xml");
            assertEquals(200, response.statusCode());
            assertEquals("application/xml; charset=utf-8", contentType(response));
            Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
            List<String> locations = sitemap.select("url > loc").eachText();
            assertTrue(locations.size() >= 6, site.name() + " lists " + locations);
            assertTrue(locations.contains(site.origin() + "/"), site.name() + " lists its home page");
            locations.forEach(loc -> assertTrue(loc.startsWith(site.origin() + "/"), loc));
        }
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        String gemeente = chain.sites().get(0).origin();
        assertEquals("text/css; charset=utf-8", contentType(get(gemeente + "/css/lindeveen.css")));
        assertEquals("image/svg+xml; charset=utf-8", contentType(get(gemeente + "/afbeeldingen/logo-lindeveen.svg")));

        HttpResponse<byte[]> pdf = getBytes(gemeente + "/bijstand/aanvraagformulier-bijstand.pdf");
        assertEquals("application/pdf", contentType(pdf));
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

        HttpResponse<byte[]> docx = getBytes(gemeente + "/wmo-ondersteuning/keukentafelgesprek-voorbereiden.docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", contentType(docx));
        assertEquals("PK", new String(docx.body(), 0, 2, StandardCharsets.US_ASCII), "a docx is a zip file");
    }

    @Test
    void unknownPathGetsTheSitesOwnDutch404Page() throws Exception {
        for (DemoSite site : chain.sites()) {
            HttpResponse<String> response = get(site.origin() + "/bestaat/niet/");
            assertEquals(404, response.statusCode());
            assertEquals("text/html; charset=utf-8", contentType(response));
            Document page = Jsoup.parse(response.body());
            assertEquals("Pagina niet gevonden", page.selectFirst("h1").text());
            assertEquals("nl", page.selectFirst("html").attr("lang"));
        }
    }

    @Test
    void fileOfAnUnservedKindIsNotFound() throws Exception {
        assertEquals(404, get(chain.sites().get(0).origin() + "/robots.md").statusCode());
    }

    @Test
    void folderWithoutTrailingSlashRedirectsToIt() throws Exception {
        HttpResponse<String> response = get(chain.sites().get(0).origin() + "/afval?bron=nieuwsbrief");
        assertEquals(301, response.statusCode());
        assertEquals("/afval/?bron=nieuwsbrief", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void queryStringDoesNotChangeWhichPageIsServed() throws Exception {
        String gemeente = chain.sites().get(0).origin();
        assertEquals(get(gemeente + "/zoeken/").body(), get(gemeente + "/zoeken/?q=afval").body());
    }

    @Test
    void headAnswersWithTheLengthButNoBody() throws Exception {
        String url = chain.sites().get(0).origin() + "/bijstand/aanvraagformulier-bijstand.pdf";
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(getBytes(url).body().length, head.headers().firstValueAsLong("Content-Length").orElseThrow());
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(chain.sites().get(0).origin()
                + "/melding-openbare-ruimte/")).POST(HttpRequest.BodyPublishers.ofString("soort=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void rawRequestHelperReachesAnExistingFile() throws IOException {
        assertEquals("HTTP/1.1 200 OK", rawGet(chain.sites().get(0).origin(), "/robots.txt").statusLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../DEFECTS.md",
        "/%2e%2e/DEFECTS.md",
        "/%2E%2E/DEFECTS.md",
        "/..%2FDEFECTS.md",
        "/%252e%252e/DEFECTS.md",
        "/..%5cDEFECTS.md",
        "/afval/../../bibliotheek/index.html",
        "/%2e%2e/bibliotheek/intern/",
        "/%2e%2e/%2e%2e/nl/ketenscan/cli/demo/DemoChain.class"
    })
    void pathsClimbingOutOfTheSiteAreRejected(String rawPath) throws IOException {
        RawResponse response = rawGet(chain.sites().get(0).origin(), rawPath);
        assertEquals("HTTP/1.1 400 Bad Request", response.statusLine(), rawPath);
        assertFalse(response.text().contains("Planted"), "DEFECTS.md must not leak");
        assertFalse(response.text().contains("Bibliotheek Lindeveen"), "another site's files must not leak");
    }

    @Test
    void closeStopsTheSitesAndTheirThreadsAndCanBeRepeated() throws Exception {
        DemoChain own = DemoChain.start();
        URI origin = URI.create(own.sites().get(0).origin());
        String threadPrefix = DemoChain.threadNamePrefix(origin.getPort());
        assertEquals(200, get(origin + "/").statusCode());
        assertTrue(liveThreadNames().anyMatch(name -> name.startsWith(threadPrefix)), "the request ran on the chain's pool");

        own.close();
        own.close();

        assertThrows(IOException.class, () -> new Socket(origin.getHost(), origin.getPort()).close());
        assertEquals(List.of(), threadsLeft(threadPrefix));
    }

    /** A pool thread may still be on its way out just after the pool reports it terminated. */
    private static List<String> threadsLeft(String prefix) throws InterruptedException {
        List<String> left = List.of();
        for (int attempt = 0; attempt < 40; attempt++) {
            left = liveThreadNames().filter(name -> name.startsWith(prefix)).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        return left;
    }

    private static Stream<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Sends the path byte for byte: HTTP clients normalise "..", which would hide what the server does. */
    private static RawResponse rawGet(String origin, String rawPath) throws IOException {
        URI uri = URI.create(origin);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RawResponse(text.substring(0, text.indexOf("\r\n")), text);
        }
    }

    private record RawResponse(String statusLine, String text) {
    }
}
