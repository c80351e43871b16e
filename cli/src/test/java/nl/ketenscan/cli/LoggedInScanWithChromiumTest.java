package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ketenscan scan} with Chromium on a page behind a login: with a header file and a cookie file
 * the page is checked as the logged-in page, the partner whose image the page shows never gets the
 * credentials, and no value of them ends up in anything the scan prints or writes.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LoggedInScanWithChromiumTest {

    private static final String HEADER_SECRET = "sleutel-9c2e41";
    private static final String COOKIE_SECRET = "sessie-4b7d03";

    private final LoopbackSites sites = new LoopbackSites();
    private final List<String> partnerHeaders = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopSites() {
        sites.close();
    }

    @Test
    void checksTheLoggedInPageAndKeepsTheCredentialsToTheirHost() throws Exception {
        String partner = sites.start("127.0.0.2", exchange -> {
            exchange.getRequestHeaders().values().forEach(partnerHeaders::addAll);
            LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
        });
        String loggedIn = resource("mijn-zaken.html").replace("{{partner}}", partner);
        String intranet = sites.start("127.0.0.1", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") && loggedIn(exchange.getRequestHeaders())) {
                LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", loggedIn);
            } else if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/inloggen.html");
                LoopbackSites.send(exchange, 302, "text/plain", "");
            } else if (path.equals("/inloggen.html")) {
                LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", resource("inloggen.html"));
            } else {
                LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
            }
        });
        Path headers = Files.writeString(dir.resolve("headers.txt"), "127.0.0.1 X-Api-Key: " + HEADER_SECRET + "\n");
        Path cookies = Files.writeString(dir.resolve("cookies.txt"), "127.0.0.1 SESSION=" + COOKIE_SECRET + "\n");
        Path out = dir.resolve("scan");
        StringWriter printed = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(printed, true));
        commandLine.setErr(new PrintWriter(printed, true));

        ConsoleCapture console = new ConsoleCapture();
        int exitCode;
        try (console) {
            exitCode = commandLine.execute("scan", "--gemeente", "Gemeente Lindeveen=" + intranet + "/",
                    "--header-file", headers.toString(), "--cookie-file", cookies.toString(), "--browsers", "1",
                    "--out", out.toString());
        }
        printed.append(console.text());

        assertEquals(ExitCode.FINISHED, exitCode, printed.toString());
        assertTrue(printed.toString().contains("Gemeente Lindeveen"), "the scan's own output was captured: " + printed);
        JsonNode home = new ObjectMapper().readTree(out.resolve("results.json").toFile()).at("/organisations/0/pages/0");
        assertEquals(intranet + "/", home.at("/finalUrl").asText(), home.toString());
        assertTrue(home.findValuesAsText("rule").contains("image-alt"), "the logged-in page's defect: " + home);
        assertTrue(partnerHeaders.size() > 0, "the partner's image was requested");
        assertTrue(partnerHeaders.stream().noneMatch(value -> value.contains(HEADER_SECRET) || value.contains(COOKIE_SECRET)),
                "the partner got a credential");
        for (String secret : List.of(HEADER_SECRET, COOKIE_SECRET)) {
            assertFalse(printed.toString().contains(secret), "printed output holds a secret");
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains(secret), file + " holds a secret");
                }
            }
        }
    }

    /** Logged in with both the header and the cookie, so that each is shown to reach the browser's request. */
    private static boolean loggedIn(Headers headers) {
        return HEADER_SECRET.equals(headers.getFirst("X-Api-Key"))
                && String.valueOf(headers.get("Cookie")).contains("SESSION=" + COOKIE_SECRET);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LoggedInScanWithChromiumTest.class.getResourceAsStream("/login/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
