package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ketenscan scan --config} with a {@code login:} on a member site ({@link MemberSite}): Chromium
 * logs in through the form (CSRF token, redirect), every member page is checked as the member sees
 * it, the session that ends during the scan is renewed once, the logout and delete-account links are
 * never requested, a wrong password stops the scan with exit code 3, and neither the password nor any
 * session cookie's value is in anything the scan printed or wrote.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LoginScanWithChromiumTest {

    private final LoopbackSites sites = new LoopbackSites();

    @TempDir
    Path dir;

    @AfterEach
    void stopSites() {
        sites.close();
    }

    @Test
    void checksEveryMemberPageLoggedInAndSurvivesTheSessionsEnd() throws Exception {
        // the login's own landing page and five more member pages per session: the crawl outlives the first
        MemberSite site = new MemberSite(sites, 6);
        Path out = dir.resolve("scan");

        Run run = scan(site, MemberSite.PASSWORD, out);

        assertEquals(ExitCode.FINISHED, run.exitCode(), run.printed());
        assertEquals(2, site.logins(), "logged in before the crawl and once more when the session ended: " + site.paths());
        assertTrue(site.paths().stream().noneMatch(path -> path.contains("uitloggen") || path.contains("verwijderen")
                || path.contains("afmelden") || path.contains("einde")), "a logout address was requested: " + site.paths());
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        JsonNode organisation = results.at("/organisations/0");
        Map<String, JsonNode> pages = new HashMap<>();
        organisation.at("/pages").forEach(page -> pages.put(page.at("/url").asText(), page));
        for (String memberPage : MemberSite.MEMBER_PAGES) {
            JsonNode page = pages.get(site.origin() + memberPage);
            assertTrue(page != null, memberPage + " was not scanned: " + pages.keySet());
            assertTrue(page.at("/title").asText().contains("J. de Vries"), "not checked logged in: " + page
                    + "\n" + site.paths() + "\n" + run.printed());
            assertEquals(site.origin() + memberPage, page.at("/finalUrl").asText(), page.toString());
        }
        assertEquals(4, pages.size(), "only the member pages, never the login page: " + pages.keySet());
        assertTrue(pages.get(site.origin() + "/mijn/leningen").findValuesAsText("rule").contains("image-alt"));
        assertTrue(pages.get(site.origin() + "/mijn/gegevens").findValuesAsText("rule").contains("label"));
        assertTrue(results.at("/scan/notes").toString().contains("4 pagina's zijn ingelogd gecontroleerd; ketenscan logde"
                + " 2 keer in, 1 keer daarvan nadat de sessie was verlopen"), results.at("/scan/notes").toString());
        assertNoSecrets(site, out, run.printed());

        ConsoleCapture console = new ConsoleCapture();
        int resumed;
        try (console) {
            resumed = Ketenscan.commandLine().execute("scan", "--resume", "--out", out.toString());
        }
        assertEquals(ExitCode.USAGE, resumed, console.text());
        assertTrue(console.text().contains("logged in to Bibliotheek Lindeveen through a login form"), console.text());
    }

    @Test
    void aWrongPasswordStopsTheScanWithExitCodeThree() throws Exception {
        MemberSite site = new MemberSite(sites, 100);
        Path out = dir.resolve("scan");

        Run run = scan(site, "niet-het-wachtwoord-71", out);

        assertEquals(ExitCode.CANNOT_RUN, run.exitCode(), run.printed());
        assertTrue(run.printed().contains("the login of Bibliotheek Lindeveen did not work"), run.printed());
        assertTrue(run.printed().contains("no sign of being logged in (an element #uitloggen)"), run.printed());
        assertTrue(site.paths().stream().noneMatch(path -> path.startsWith("GET /mijn/")),
                "no member page was requested: " + site.paths());
        assertFalse(run.printed().contains("niet-het-wachtwoord-71"), run.printed());
        assertFalse(Files.exists(out.resolve("results.json")), "no report of the login page as if it were the site");
    }

    private record Run(int exitCode, String printed) {
    }

    private Run scan(MemberSite site, String password, Path out) throws Exception {
        Files.writeString(dir.resolve("pasnummer.txt"), MemberSite.USER + "\n");
        Files.writeString(dir.resolve("wachtwoord.txt"), password + "\n");
        Path config = Files.writeString(dir.resolve("ketenscan.yml"), """
                organisations:
                  - name: Bibliotheek Lindeveen
                    role: ketenpartner
                    seeds: [%1$s/mijn/]
                    login:
                      url: %1$s/inloggen
                      username: {file: pasnummer.txt}
                      password: {file: wachtwoord.txt}
                      fields: {username: Pasnummer, password: '#wachtwoord'}
                      submit: Inloggen
                      loggedIn: {element: '#uitloggen'}
                limits:
                  pageBudget: 15s
                """.formatted(site.origin()));
        // captured first, so that the command line's own output and error streams write into it too
        ConsoleCapture console = new ConsoleCapture();
        int exitCode;
        try (console) {
            exitCode = Ketenscan.commandLine().execute("scan", "--config", config.toString(), "--browsers", "1",
                    "--out", out.toString());
        }
        return new Run(exitCode, console.text());
    }

    /** Neither the password nor a session cookie's value in the output, or in any file of the scan folder. */
    private static void assertNoSecrets(MemberSite site, Path out, String printed) throws Exception {
        List<String> secrets = new ArrayList<>(site.sessionIds());
        secrets.add(MemberSite.PASSWORD);
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertTrue(written.stream().anyMatch(file -> file.getFileName().toString().equals("scan.db")), written.toString());
            for (String secret : secrets) {
                assertFalse(printed.contains(secret), "the printed output holds a secret");
                for (Path file : written) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains(secret), file + " holds a secret");
                }
            }
        }
    }
}
