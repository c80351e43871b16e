package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.ketenscan.crawler.RegisterLookup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ketenscan scan} reads the register entry the statement links from a loopback stand-in that shows
 * another status, without the user's credentials, even though the stand-in is on the host they are for;
 * {@code --no-register} asks nothing.
 */
class RegisterCommandTest {

    private static final String ENTRY = "https://www.toegankelijkheidsverklaring.nl/register/7";

    private final LoopbackSites sites = new LoopbackSites();
    private final List<String> registerRequests = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private String site;

    @BeforeEach
    void start() throws IOException {
        site = sites.start("127.0.0.1", exchange -> {
            String body = switch (exchange.getRequestURI().getPath()) {
                case "/" -> page("Gemeente", "<p>Welkom.</p><footer><a href=\"/toegankelijkheid/\">Toegankelijkheid</a></footer>");
                case "/toegankelijkheid/" -> page("Toegankelijkheidsverklaring", "<p>Status: B – voldoet gedeeltelijk."
                        + " Deze verklaring is opgesteld op 1 november 2026.</p><p>Zie <a href=\"" + ENTRY
                        + "\">het register</a>. Vragen? Mail <a href=\"mailto:web@gemeente.example\">ons</a>.</p>");
                default -> null;
            };
            if (body == null) {
                LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
            } else {
                LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", body);
            }
        });
        String register = sites.start("127.0.0.1", exchange -> {
            registerRequests.add(exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", page("Register",
                    "<dl><dt>Status</dt><dd>C - eerste maatregelen genomen</dd></dl>"));
        });
        System.setProperty(RegisterLookup.BASE_PROPERTY, register);
    }

    @AfterEach
    void stop() {
        System.clearProperty(RegisterLookup.BASE_PROPERTY);
        sites.close();
    }

    @Test
    void theStandInsOtherStatusIsAContradictionAndItGetsNoCredentials() throws IOException {
        JsonNode statement = scan().at("/organisations/0/statement");

        assertEquals(List.of("/register/7 null"), registerRequests, "one request, without the Authorization header");
        assertEquals("B", statement.get("declaredStatus").asText());
        assertEquals("C", statement.get("registerStatus").asText());
        assertTrue(statement.get("statusDisagreement").asBoolean());
        assertEquals("2026-11-01", statement.get("date").asText());
        assertEquals("email", statement.at("/contacts/0/kind").asText());
    }

    @Test
    void noRegisterAsksNothing() throws IOException {
        JsonNode statement = scan("--no-register").at("/organisations/0/statement");

        assertEquals(List.of(), registerRequests);
        assertTrue(statement.get("registerStatus").isNull());
        assertEquals(ENTRY, statement.get("registerUrl").asText(), "the link is still reported");
    }

    private JsonNode scan(String... more) throws IOException {
        Path headers = Files.writeString(dir.resolve("headers.txt"), "127.0.0.1 Authorization: Bearer geheim\n");
        Path out = dir.resolve("scan");
        StringWriter printed = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(printed, true));
        commandLine.setErr(new PrintWriter(printed, true));
        List<String> arguments = new ArrayList<>(List.of("scan", "--gemeente", "Gemeente=" + site + "/",
                "--no-browser", "--header-file", headers.toString(), "--out", out.toString()));
        arguments.addAll(List.of(more));

        int exitCode = commandLine.execute(arguments.toArray(String[]::new));

        assertEquals(ExitCode.FINISHED, exitCode, printed.toString());
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
