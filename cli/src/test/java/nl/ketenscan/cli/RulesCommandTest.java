package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ketenscan.crawler.browser.AxeScript;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.Rule;
import nl.ketenscan.rules.RuleInfo;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RulesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void listsEveryOwnRuleWithItsCriteriaImpactAndDutchDescription() {
        assertEquals(ExitCode.FINISHED, run("rules"));

        String text = out.toString();
        allRules().forEach(rule -> {
            String heading = rule.id() + " +WCAG " + Pattern.quote(String.join(", ", rule.criteria())) + ", " + rule.impact().id()
                    + (rule.actRules().isEmpty() ? "\n" : ", ACT " + Pattern.quote(String.join(", ", rule.actRules())));
            assertTrue(Pattern.compile(heading).matcher(text).find(),
                    rule.id() + " is not listed with its criteria and impact:\n" + text);
            assertTrue(text.contains(rule.descriptionNl()), rule.id() + " lacks its Dutch description");
        });
        assertTrue(text.contains("axe-core " + AxeScript.injected().version()), text);
        assertTrue(text.contains("experimental rules for A/AA criteria: css-orientation-lock, table-fake-caption"), text);
    }

    @Test
    void listsEveryBrowserCheckWithItsActRuleAndItsGatherer() {
        assertEquals(ExitCode.FINISHED, run("rules", "--lang", "en"));

        String text = out.toString();
        OwnRules.browserAudits().forEach(audit -> {
            assertTrue(Pattern.compile(Pattern.quote(audit.info().descriptionEn())
                    + "\\s+gathered by \\S+ \\(at most \\d+ ms a page\\), on ").matcher(text).find(), text);
        });
    }

    @Test
    void describesTheRulesInEnglishOnRequest() {
        assertEquals(ExitCode.FINISHED, run("rules", "--lang", "en"));

        allRules().forEach(rule -> assertTrue(out.toString().contains(rule.descriptionEn()), rule.id()));
    }

    @Test
    void anotherLanguageIsAUsageErrorThatNamesTheChoices() {
        assertEquals(ExitCode.USAGE, run("rules", "--lang", "de"));

        assertTrue(err.toString().contains("use nl or en"), err.toString());
    }

    private int run(String... args) {
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static Stream<RuleInfo> allRules() {
        return OwnRules.rules().stream().map(Rule::info);
    }
}
