package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    @Test
    void readsEveryKeyOfAFullConfig() throws Exception {
        ScanConfig config = ConfigLoader.load(fixture("full.yml"));

        assertEquals(2, config.organisations().size());
        Organisation gemeente = config.organisations().get(0);
        assertEquals("Gemeente Helmond", gemeente.name());
        assertEquals(Role.GEMEENTE, gemeente.role());
        assertEquals(List.of("https://www.helmond.nl/"), gemeente.seeds());
        assertEquals(Set.of("formulieren.helmond.nl"), gemeente.extraHosts());
        assertEquals(List.of("^https://www\\.helmond\\.nl/"), patterns(gemeente.include()));
        assertEquals(List.of("/zoeken\\?", "\\.ics$"), patterns(gemeente.exclude()));
        Organisation bibliotheek = config.organisations().get(1);
        assertEquals(Role.KETENPARTNER, bibliotheek.role());
        assertEquals(List.of("https://www.bibliotheekhelmondpeel.nl/", "http://bibliotheekhelmondpeel.nl/agenda"),
                bibliotheek.seeds());
        assertEquals(new Limits(50, 0, Duration.ofMillis(1500), Duration.ofMinutes(2), 500 * 1024, 4),
                config.limits());
    }

    @Test
    void leavesOutLimitsAsDefaults() throws Exception {
        ScanConfig config = ConfigLoader.load(fixture("minimal.yml"));

        assertEquals(Limits.defaults(), config.limits());
        assertEquals(Set.of(), config.organisations().get(0).extraHosts());
        assertEquals(List.of(), config.organisations().get(0).include());
    }

    @Test
    void readsThePolitenessPerHost() throws Exception {
        Limits limits = ConfigLoader.load(fixture("politeness.yml")).limits();

        assertEquals(2, limits.hostConnections());
        assertEquals(0.5, limits.hostRequestsPerSecond());
        assertError("bad-rate.yml", "6:26", "hostRequestsPerSecond must be more than 0, not 0");
    }

    @Test
    void theExampleAtTheRepositoryRootIsValid() throws Exception {
        ScanConfig config = ConfigLoader.load(Path.of("..", "ketenscan.example.yml"));

        assertEquals(3, config.organisations().size());
        assertEquals(Limits.defaults(), config.limits());
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = Path.of("no-such-ketenscan.yml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertEquals("no-such-ketenscan.yml: no such file; check the path, or start from ketenscan.example.yml",
                e.getMessage());
    }

    @Test
    void anEmptyFileNeedsOrganisations() {
        assertError("empty.yml", "1:1", "the file is empty; add an organisations: list");
    }

    @Test
    void yamlSyntaxErrorsPointAtTheProblem() {
        assertError("tab-indent.yml", "3:1", "not valid YAML", "spaces, not tabs");
    }

    @Test
    void backslashesInDoubleQuotesSuggestSingleQuotes() {
        assertError("double-quoted-regex.yml", "5:17", "not valid YAML", "in single quotes");
    }

    @Test
    void aMistypedKeySuggestsTheRightOne() {
        assertError("unknown-key-typo.yml", "4:5", "unknown key 'seed' in an organisation; did you mean seeds?");
        assertError("unknown-key-limits.yml", "6:3", "unknown key 'maxpages' in limits; did you mean maxPages?");
        assertError("unknown-top-level-key.yml", "1:1",
                "unknown key 'organisation' in the top level; did you mean organisations?");
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKeys() {
        assertError("unknown-key-unrelated.yml", "5:5", "unknown key 'contact' in an organisation;"
                + " the keys are name, role, seeds, allowedHosts, include, exclude");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        assertError("duplicate-key.yml", "5:5", "'seeds' appears twice in an organisation; keep only one");
    }

    @Test
    void wrongTypesSayWhatToWrite() {
        assertError("seeds-not-a-list.yml", "4:12",
                "seeds must be a list, not a single value; write e.g. seeds: [https://www.helmond.nl/]");
        assertError("name-not-text.yml", "2:11", "name must be a single value, not a list");
        assertError("organisations-not-a-list.yml", "2:3", "organisations must be a list");
        assertError("max-pages-not-a-number.yml", "6:13",
                "maxPages must be a whole number, not 'lots'; write e.g. maxPages: 500");
    }

    @Test
    void anOrganisationNeedsNameRoleAndSeeds() {
        assertError("missing-name.yml", "5:5", "this organisation has no name");
        assertError("missing-role.yml", "2:5",
                "organisation 'Gemeente Helmond' has no role; add role: gemeente or role: ketenpartner");
        assertError("missing-seeds.yml", "2:5", "organisation 'Gemeente Helmond' has no seeds");
        assertError("empty-seeds.yml", "4:12", "organisation 'Gemeente Helmond' has no seeds");
    }

    @Test
    void anUnknownRoleNamesTheValidOnes() {
        assertError("invalid-role.yml", "3:11",
                "role 'gemeete' is not known; write gemeente or ketenpartner (did you mean gemeente?)");
    }

    @Test
    void seedsMustBeHttpUrls() {
        assertError("seed-without-scheme.yml", "4:38",
                "seed 'www.helmond.nl/nieuws' is not an http(s) URL; write it in full: https://www.helmond.nl/nieuws");
        assertError("seed-ftp.yml", "5:9", "seed 'ftp://ftp.helmond.nl/' is not an http(s) URL");
    }

    @Test
    void allowedHostsAreHostNamesNotUrls() {
        assertError("allowed-host-url.yml", "5:20",
                "allowedHosts lists host names, not URLs; write only the host: formulieren.helmond.nl");
    }

    @Test
    void anInvalidRegexIsReportedWithWhereItBreaks() {
        assertError("invalid-regex.yml", "5:15",
                "include pattern '^https://www\\.helmond\\.nl/[a-z' is not a valid regular expression"
                        + " (Unclosed character class at position 29)");
    }

    @Test
    void organisationNamesAreUniqueIgnoringCase() {
        assertError("duplicate-names.yml", "5:11",
                "the name 'gemeente helmond' is already used on line 2; give each organisation its own name");
    }

    @Test
    void durationsAndSizesNeedAUnit() {
        assertError("duration-without-unit.yml", "6:19", "requestTimeout: '20' has no unit; write 20s for seconds");
        assertError("bad-size.yml", "6:16",
                "maxPageSize: '10 megabytes' is not a size; write a whole number with a unit: 500KB, 10MB or 1GB");
    }

    @Test
    void aConfigWithoutOrganisationsIsAnError() {
        assertError("zero-organisations.yml", "1:16", "organisations is empty; add at least one organisation");
        assertError("no-organisations.yml", "1:1", "the file has no organisations");
    }

    @Test
    void limitsMustBePositive() {
        assertError("zero-browsers.yml", "6:13", "browsers must be at least 1, not 0; write e.g. browsers: 2");
        assertError("zero-duration.yml", "6:15", "pageBudget: '0s' is no time at all");
    }

    @Test
    void tagsThatCouldBuildJavaObjectsAreRefused() {
        assertError("java-tag.yml", "2:5", "Global tag is not allowed", "remove the tag");
    }

    @Test
    void localTagsAreRefused() {
        assertError("local-tag.yml", "4:12", "the tag !include means nothing to ketenscan; remove it");
    }

    @Test
    void durationsTakeMillisecondsSecondsMinutesAndHours() {
        assertEquals(Duration.ofMillis(1500), ConfigLoader.parseDuration("1500ms"));
        assertEquals(Duration.ofSeconds(20), ConfigLoader.parseDuration("20s"));
        assertEquals(Duration.ofMinutes(2), ConfigLoader.parseDuration(" 2 M "));
        assertEquals(Duration.ofHours(1), ConfigLoader.parseDuration("1h"));
    }

    @Test
    void aDurationThatIsNotOneSaysWhatToWrite() {
        assertEquals("'1.5s' is not a duration; write a whole number with a unit: 1500ms, 20s, 2m or 1h",
                assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseDuration("1.5s")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseDuration(""));
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseDuration("-5s"));
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseDuration("99999999999999999999h"));
    }

    @Test
    void sizesCountKilobytesIn1024Bytes() {
        assertEquals(2000, ConfigLoader.parseSize("2000B"));
        assertEquals(500 * 1024, ConfigLoader.parseSize("500KB"));
        assertEquals(10L * 1024 * 1024, ConfigLoader.parseSize("10mb"));
        assertEquals(2L * 1024 * 1024 * 1024, ConfigLoader.parseSize("2 GB"));
    }

    @Test
    void aSizeThatIsNotOneSaysWhatToWrite() {
        assertEquals("'10' has no unit; write 10MB, 10KB or 10B",
                assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseSize("10")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseSize("0KB"));
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseSize("10TB"));
        assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseSize("9999999999999GB"));
    }

    @Test
    void anOrganisationArgumentIsNameEqualsUrl() {
        Organisation organisation =
                ConfigLoader.parseOrganisationArgument("Gemeente Helmond = https://www.helmond.nl/?a=b", Role.GEMEENTE);

        assertEquals(Organisation.of("Gemeente Helmond", Role.GEMEENTE, List.of("https://www.helmond.nl/?a=b")),
                organisation);
    }

    @Test
    void anOrganisationArgumentWithOnlyAUrlIsNamedAfterTheHost() {
        assertEquals(Organisation.of("bibliotheekhelmondpeel.nl", Role.KETENPARTNER,
                        List.of("https://www.bibliotheekhelmondpeel.nl/zoeken?q=a=b")),
                ConfigLoader.parseOrganisationArgument("https://www.bibliotheekhelmondpeel.nl/zoeken?q=a=b",
                        Role.KETENPARTNER));
    }

    @Test
    void aBrokenOrganisationArgumentSaysWhatToWrite() {
        assertEquals("'www.helmond.nl' is not an http(s) URL; write it in full: https://www.helmond.nl",
                argumentError("Helmond=www.helmond.nl"));
        assertEquals("'=https://www.helmond.nl/' has no name before '='; write \"Name=https://www.helmond.nl/\""
                + " or the URL alone", argumentError("=https://www.helmond.nl/"));
        assertEquals("'Gemeente Helmond' has no URL; write \"Gemeente Helmond=https://www.example.nl/\""
                + " with the address where scanning starts", argumentError("Gemeente Helmond"));
        assertEquals("'www.helmond.nl' is not an http(s) URL; write it in full: https://www.helmond.nl",
                argumentError("www.helmond.nl"));
    }

    private static void assertError(String fixture, String position, String... fragments) {
        Path file = fixture(fixture);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ":" + position + ": "), message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), message);
        }
    }

    private static String argumentError(String argument) {
        return assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.parseOrganisationArgument(argument, Role.GEMEENTE)).getMessage();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> patterns(List<Pattern> patterns) {
        return patterns.stream().map(Pattern::pattern).toList();
    }
}
