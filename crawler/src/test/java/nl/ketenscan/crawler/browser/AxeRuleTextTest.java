package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.criteria.CriteriaCatalogue;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.Standard;
import org.junit.jupiter.api.Test;

/**
 * Every axe rule that tests an A or AA criterion has ketenscan's Dutch and English name, explanation and
 * fix, and every detail {@link AxeCheckDetails} can give is worded in both: the rules are read from the
 * axe-core build ketenscan injects, so a new axe version with a new rule fails here, not in a report.
 */
class AxeRuleTextTest {

    /** A rule in axe's build: its id, then its tags. */
    private static final Pattern RULE = Pattern.compile("id:\"([a-z0-9-]+)\",[^{}]{0,600}?tags:\\[([^\\]]*)]");

    @Test
    void everyRuleTestingAnAOrAaCriterionHasItsTextsInBothLanguages() throws IOException {
        Set<String> rules = rulesTestingACriterion();
        assertTrue(rules.size() > 60 && rules.contains("color-contrast") && rules.contains("image-alt"),
                "the rules are read from axe's build: " + rules);
        List<String> missing = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            Properties bundle = bundle(language);
            for (String rule : rules) {
                for (Message text : List.of(AxeRuleText.name(rule), AxeRuleText.explanation(rule), AxeRuleText.fix(rule))) {
                    String value = bundle.getProperty(text.key());
                    if (value == null || value.isBlank()) {
                        missing.add(language + ": " + text.key());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCheckDetailIsWordedInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            Properties bundle = bundle(language);
            AxeCheckDetails.KEYS.stream().filter(key -> bundle.getProperty(key) == null)
                    .forEach(key -> missing.add(language + ": " + key));
        }
        assertEquals(List.of(), missing);
    }

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules ketenscan runs, and those its catalogues map to a criterion. */
    private static Set<String> rulesTestingACriterion() {
        Set<String> rules = new TreeSet<>();
        Matcher matcher = RULE.matcher(AxeScript.injected().source());
        while (matcher.find()) {
            List<String> tags = List.of(matcher.group(2).replace("\"", "").split(","));
            if (tags.stream().anyMatch(Standard.WCAG22.axeTags()::contains)) {
                rules.add(matcher.group(1));
            }
        }
        CriteriaCatalogue.of(Standard.WCAG22).criteria().stream().map(Criterion::axeRules).forEach(rules::addAll);
        CriteriaCatalogue.wcag21().criteria().stream().map(Criterion::axeRules).forEach(rules::addAll);
        return rules;
    }

    private static Properties bundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = AxeRuleTextTest.class.getResourceAsStream(
                "/nl/ketenscan/rules/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
