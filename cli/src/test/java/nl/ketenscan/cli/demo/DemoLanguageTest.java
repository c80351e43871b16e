package nl.ketenscan.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;
import org.junit.jupiter.api.Test;

/**
 * The language rules on every demo page find exactly the language defect DEFECTS.md plants: the
 * English paragraph on the municipality's /wmo-ondersteuning/ and the library's /activiteiten/
 * without {@code lang} (whose finding names the language to add, Dutch), and not the English section
 * marked {@code lang="en"} on /contact/ nor anything on the other pages.
 */
class DemoLanguageTest {

    private static final Set<String> LANGUAGE_RULES = Set.of(PageLanguageRule.ID, LanguageOfPartsRule.ID);

    @Test
    void onlyTheEnglishParagraphOnWmoOndersteuningIsALanguageFailure() throws IOException, URISyntaxException {
        List<String> found = new ArrayList<>();
        for (DemoOrganisation organisation : DemoOrganisation.values()) {
            Path root = Path.of(getClass().getClassLoader().getResource(organisation.resourceRoot()).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    String path = organisation.name() + " /" + root.relativize(file).toString().replace('\\', '/');
                    PageContent page = PageContent.parse("http://127.0.0.1/", Files.readString(file, StandardCharsets.UTF_8));
                    for (Finding finding : OwnRules.check(page)) {
                        if (LANGUAGE_RULES.contains(finding.rule())) {
                            found.add(path + " " + finding.rule() + " " + finding.outcome().id() + " " + finding.selector());
                        }
                    }
                }
            }
        }

        assertEquals(List.of("GEMEENTE /wmo-ondersteuning/index.html language-of-parts failed"
                + " #inhoud > p:nth-child(13)", "BIBLIOTHEEK /activiteiten/index.html page-language failed html"), found);
    }
}
