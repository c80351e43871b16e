package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message ketenscan's own page rules give on their failing fixtures is worded in Dutch and
 * English, and a site rule's on two pages with one title: a rule whose messages lack their bundle
 * lines fails here rather than in a report.
 */
class OwnRuleMessagesTest {

    @Test
    void everyMessageTheRulesGiveIsInBothBundles() throws IOException, URISyntaxException {
        Set<String> keys = new TreeSet<>();
        for (PageRule rule : OwnRules.pageRules()) {
            for (Path fixture : fixtures(rule.info().id())) {
                String html = Files.readString(fixture);
                rule.check(PageContent.parse("https://www.lindeveen.example/", html))
                        .forEach(finding -> finding.message().forEach(message -> collect(message, keys)));
            }
        }
        PageResult one = page("https://www.lindeveen.example/a");
        PageResult two = page("https://www.lindeveen.example/b");
        for (SiteRule rule : OwnRules.siteRules()) {
            rule.check(List.of(one, two)).values().forEach(findings -> findings
                    .forEach(finding -> finding.message().forEach(message -> collect(message, keys))));
        }
        assertTrue(keys.size() > 10, "the fixtures give messages: " + keys);
        List<String> missing = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            Properties bundle = bundle(language);
            keys.stream().filter(key -> !bundle.containsKey(key)).forEach(key -> missing.add(language + ": " + key));
        }
        assertEquals(List.of(), missing);
    }

    private static void collect(Message message, Set<String> keys) {
        keys.add(message.key());
        message.args().stream().filter(Message.class::isInstance).forEach(arg -> collect((Message) arg, keys));
    }

    private static PageResult page(String url) {
        return new PageResult(url, url, 200, "text/html", "Home", "nl", null, List.of(), null, 0, 0, Set.of(),
                PageFacts.NONE);
    }

    private static List<Path> fixtures(String ruleId) throws IOException, URISyntaxException {
        URL folder = OwnRuleMessagesTest.class.getResource("/rules/" + ruleId);
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = OwnRuleMessagesTest.class.getResourceAsStream(
                "/nl/ketenscan/rules/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
