package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ketenscan scan --no-browser} end to end on loopback: no Chromium starts. Credentials given
 * in a header file reach their own host only and appear in no file the scan writes and in nothing
 * it prints.
 */
class StaticScanCommandTest {

    private static final String SECRET = "geheim-token-7f3a9";

    private final LoopbackSites sites = new LoopbackSites();
    private final List<String> authorizationSeen = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopSites() {
        sites.close();
    }

    /** A site whose pages link to each other and, from the home page, to {@code elsewhere}; its origin. */
    private String site(String address, String elsewhere) throws IOException {
        return sites.start(address, exchange -> {
            authorizationSeen.add(address + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            String body = switch (exchange.getRequestURI().getPath()) {
                case "/" -> page("Intranet", "<p>Wilt u uw zaken zien? <a href=\"/zaken/\">Klik hier</a>.</p>"
                        + (elsewhere == null ? "" : "<a href=\"" + elsewhere + "\">Partner</a>"));
                case "/zaken/" -> page("Mijn zaken", "<p>U heeft geen lopende zaken.</p>");
                default -> null;
            };
            if (body == null) {
                LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
            } else {
                LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", body);
            }
        });
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }

    @Test
    void scansWithoutABrowserAndKeepsCredentialsToTheirHost() throws Exception {
        String partner = site("127.0.0.2", null);
        String intranet = site("127.0.0.1", partner + "/");
        Path headers = dir.resolve("headers.txt");
        Files.writeString(headers, "127.0.0.1 Authorization: Bearer " + SECRET + "\n");
        Path out = dir.resolve("scan");
        StringWriter printed = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(printed, true));
        commandLine.setErr(new PrintWriter(printed, true));

        int exitCode = commandLine.execute("scan", "--gemeente", "Gemeente Lindeveen=" + intranet + "/",
                "--partner", "Welzijn Lindeveen=" + partner + "/", "--no-browser",
                "--header-file", headers.toString(), "--contact", "https://www.lindeveen.nl/scan", "--out", out.toString());

        assertEquals(ExitCode.FINISHED, exitCode, printed.toString());
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:results.schema.json"),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(results));
        assertEquals(ScanResults.AXE_NOT_RUN, results.at("/tool/axeVersion").asText());
        assertTrue(results.at("/scan/notes/0/message").asText().startsWith("Statische modus (--no-browser)"));
        JsonNode pages = results.at("/organisations/0/pages");
        assertEquals(2, pages.size(), pages.toString());
        assertEquals(2, results.at("/organisations/1/pages").size());
        assertTrue(pages.findValuesAsText("rule").contains("link-text-generic"), "own rules ran on the fetched HTML");
        assertTrue(Files.readString(out.resolve("index.html")).contains("Statische modus (--no-browser)"),
                "the report says axe did not run");

        assertTrue(authorizationSeen.contains("127.0.0.1 Bearer " + SECRET));
        assertTrue(authorizationSeen.stream().filter(seen -> seen.startsWith("127.0.0.2"))
                .allMatch(seen -> seen.equals("127.0.0.2 null")), authorizationSeen.toString());
        assertTrue(authorizationSeen.stream().anyMatch(seen -> seen.startsWith("127.0.0.2")), "the partner was scanned");
        assertFalse(printed.toString().contains(SECRET), "printed output holds the secret");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(SECRET), file + " holds the secret");
            }
        }
    }

    @Test
    void credentialsAreNeverTakenFromTheCommandLineItself() {
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter(), true));

        int exitCode = commandLine.execute("scan", "http://127.0.0.1:9/", "--header", "Authorization: " + SECRET);

        assertEquals(ExitCode.USAGE, exitCode);
    }

    /** It used to end the scan with exit 3, a stack trace and the value printed. */
    @Test
    void aValueHttpCannotCarryIsExitTwoNamingTheFileAndLineNeverTheValue() throws IOException {
        Path headers = Files.writeString(dir.resolve("headers.txt"),
                "# intranet\n127.0.0.1 X-Api-Key: " + SECRET + "\u20ac\n", StandardCharsets.UTF_8);
        Path cookies = Files.writeString(dir.resolve("cookies.txt"), "127.0.0.1 SESSION=" + SECRET + "\u0007\n",
                StandardCharsets.UTF_8);
        for (List<String> option : List.of(List.of("--header-file", headers.toString()),
                List.of("--cookie-file", cookies.toString()))) {
            CommandLine commandLine = Ketenscan.commandLine();
            StringWriter printed = new StringWriter();
            commandLine.setErr(new PrintWriter(printed, true));
            commandLine.setOut(new PrintWriter(printed, true));

            int exitCode = commandLine.execute("scan", "http://127.0.0.1:9/", "--no-browser", option.get(0), option.get(1),
                    "--out", dir.resolve("scan").toString());

            assertEquals(ExitCode.USAGE, exitCode, printed.toString());
            Path file = Path.of(option.get(1));
            int line = file.equals(headers) ? 2 : 1;
            assertTrue(printed.toString().contains(file + " line " + line + ": the value of"), printed.toString());
            assertFalse(printed.toString().contains(SECRET), printed.toString());
            assertFalse(printed.toString().contains("\tat "), "no stack trace: " + printed);
        }
    }

    @Test
    void credentialsFromTheEnvironmentAreReadLikeAFile() {
        CrawlOptions options = new CrawlOptions();

        String described = options.credentials(Map.of(CrawlOptions.HEADERS_VARIABLE,
                "intranet.lindeveen.nl X-Api-Key: " + SECRET, CrawlOptions.COOKIES_VARIABLE,
                "intranet.lindeveen.nl SESSION=" + SECRET)).toString();

        assertEquals("Credentials[X-Api-Key for intranet.lindeveen.nl, cookie SESSION for intranet.lindeveen.nl]",
                described);
    }

    @Test
    void theContactGoesIntoTheUserAgent() {
        CrawlOptions options = new CrawlOptions();
        options.contact = "mailto:webteam@lindeveen.nl";

        assertTrue(options.userAgent().endsWith("; accessibility audit; +mailto:webteam@lindeveen.nl)"),
                options.userAgent());
        options.contact = "bel ons";
        assertEquals(ExitCode.USAGE, org.junit.jupiter.api.Assertions.assertThrows(UserError.class, options::userAgent)
                .exitCode());
    }
}
