package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.crawler.login.SuccessSign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code login:} of an organisation in ketenscan.yml: its shape, where secrets come from, and its mistakes. */
class LoginConfigTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("KETENSCAN_LOGIN_USER", "lid-3391",
            "KETENSCAN_LOGIN_PASSWORD", "Zeer-geheim-88");

    @TempDir
    Path dir;

    private ScanConfig load(String login) throws Exception {
        Path file = Files.writeString(dir.resolve("ketenscan.yml"), """
                organisations:
                  - name: Bibliotheek Helmond-Peel
                    role: ketenpartner
                    seeds: [https://mijn.bibliotheek.nl/]
                    login:
                """ + login.indent(6));
        return ConfigLoader.load(file, ENVIRONMENT);
    }

    private static final String ISSUE_EXAMPLE = """
            url: https://mijn.bibliotheek.nl/inloggen
            username: {env: KETENSCAN_LOGIN_USER}
            password: {env: KETENSCAN_LOGIN_PASSWORD}
            fields: {username: '#gebruikersnaam', password: '#wachtwoord'}
            submit: 'button[type=submit]'
            loggedIn: {element: '#uitloggen'}
            """;

    @Test
    void readsTheLoginInTheShapeOfTheIssue() throws Exception {
        ScanConfig config = load(ISSUE_EXAMPLE);

        LoginForm form = config.logins().get("Bibliotheek Helmond-Peel");
        assertEquals("https://mijn.bibliotheek.nl/inloggen", form.url());
        assertEquals("#gebruikersnaam", form.usernameField());
        assertEquals("#wachtwoord", form.passwordField());
        assertEquals("button[type=submit]", form.submit());
        assertEquals(new SuccessSign.Element("#uitloggen"), form.loggedIn());
        assertEquals("lid-3391", form.username().reveal());
        assertEquals("Zeer-geheim-88", form.password().reveal());
        assertFalse(form.toString().contains("Zeer-geheim-88"), form.toString());
    }

    @Test
    void logoutLikeAddressesAreNeverRequestedByDefault() throws Exception {
        Scope scope = Scope.of(load(ISSUE_EXAMPLE).organisations().get(0));

        for (String never : new String[] {"/uitloggen", "/account/Uitloggen?terug=/", "/logout", "/Log-Out", "/user/log_out",
                "/sign-out", "/signout", "/afmelden", "/account/verwijderen", "/mijn/delete-account", "/lidmaatschap/opzeggen"}) {
            assertFalse(scope.allows("https://mijn.bibliotheek.nl" + never), never);
            assertTrue(scope.excludes("https://mijn.bibliotheek.nl" + never), never);
        }
        assertTrue(scope.allows("https://mijn.bibliotheek.nl/mijn/leningen"));
        assertTrue(scope.allows("https://mijn.bibliotheek.nl/catalogus?q=outback"));
    }

    @Test
    void neverFollowReplacesTheDefaultWords() throws Exception {
        Scope scope = Scope.of(load(ISSUE_EXAMPLE + "neverFollow: [afsluiten, sessie beeindigen]\n").organisations().get(0));

        assertFalse(scope.allows("https://mijn.bibliotheek.nl/sessie-beeindigen"));
        assertFalse(scope.allows("https://mijn.bibliotheek.nl/Afsluiten"));
        assertTrue(scope.allows("https://mijn.bibliotheek.nl/nieuwsbrief/afmelden"), "the defaults were replaced");
    }

    @Test
    void aSecretMayComeFromAFileBesideTheConfiguration() throws Exception {
        Files.writeString(dir.resolve("wachtwoord.txt"), "Uit-bestand-12\n");

        ScanConfig config = load(ISSUE_EXAMPLE.replace("{env: KETENSCAN_LOGIN_PASSWORD}", "{file: wachtwoord.txt}")
                .replace("{element: '#uitloggen'}", "{url: '^https://mijn\\.bibliotheek\\.nl/mijn/'}"));

        LoginForm form = config.logins().get("Bibliotheek Helmond-Peel");
        assertEquals("Uit-bestand-12", form.password().reveal(), "the file's last line break is not part of it");
        assertInstanceOf(SuccessSign.Url.class, form.loggedIn());
        assertTrue(form.loggedIn().shows("https://mijn.bibliotheek.nl/mijn/overzicht", false));
    }

    @Test
    void aPasswordWrittenInTheConfigurationIsRefusedWithoutRepeatingIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(ISSUE_EXAMPLE.replace("{env: KETENSCAN_LOGIN_PASSWORD}", "Letterlijk-Geheim-4")));

        assertTrue(e.getMessage().contains(":8:17: password must not be written in the configuration; give where"
                + " ketenscan reads it: password: {env: KETENSCAN_LOGIN_PASSWORD} or {file: wachtwoord.txt}"), e.getMessage());
        assertFalse(e.getMessage().contains("Letterlijk-Geheim-4"), e.getMessage());
    }

    @Test
    void mistakesNameTheKeyVariableOrFile() {
        assertMistake(ISSUE_EXAMPLE.replace("KETENSCAN_LOGIN_USER", "KETENSCAN_NIET_GEZET"),
                "the environment variable KETENSCAN_NIET_GEZET for the login's username is not set");
        assertMistake(ISSUE_EXAMPLE.replace("{env: KETENSCAN_LOGIN_USER}", "{file: ontbreekt.txt}"),
                "ontbreekt.txt for the login's username cannot be read");
        assertMistake(ISSUE_EXAMPLE.replace("{env: KETENSCAN_LOGIN_USER}", "{env: A, file: b.txt}"),
                "username needs exactly one of env or file");
        assertMistake(ISSUE_EXAMPLE.replace("https://mijn.bibliotheek.nl/inloggen", "https://login.example.com/"),
                "the login url https://login.example.com/ is not in the scope of 'Bibliotheek Helmond-Peel'");
        assertMistake(ISSUE_EXAMPLE.replace("{element: '#uitloggen'}", "{element: '#uitloggen', url: x}"),
                "loggedIn needs exactly one of element or url");
        assertMistake(ISSUE_EXAMPLE.replace("submit: 'button[type=submit]'\n", ""), "this login has no submit");
        assertMistake(ISSUE_EXAMPLE + "wachtwoord: x\n", "unknown key 'wachtwoord' in a login");
    }

    @Test
    void aLoginNeedsTheBrowser() throws Exception {
        Files.writeString(dir.resolve("pas.txt"), "lid");
        Path config = Files.writeString(dir.resolve("statisch.yml"), """
                organisations:
                  - name: Bibliotheek
                    role: ketenpartner
                    seeds: [http://127.0.0.1:9/mijn/]
                    login:
                      url: http://127.0.0.1:9/inloggen
                      username: {file: pas.txt}
                      password: {file: pas.txt}
                      fields: {username: '#naam', password: '#wachtwoord'}
                      submit: Inloggen
                      loggedIn: {element: '#uitloggen'}
                """);
        ConsoleCapture console = new ConsoleCapture();
        int exitCode;
        try (console) {
            exitCode = Ketenscan.commandLine().execute("scan", "--config", config.toString(), "--no-browser",
                    "--out", dir.resolve("scan").toString());
        }
        assertEquals(ExitCode.USAGE, exitCode, console.text());
        assertTrue(console.text().contains("a login form is filled in by the browser: leave out --no-browser"),
                console.text());
    }

    private void assertMistake(String login, String fragment) {
        ConfigException e = assertThrows(ConfigException.class, () -> load(login));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertFalse(e.getMessage().contains("Zeer-geheim-88") || e.getMessage().contains("lid-3391"), e.getMessage());
    }
}
