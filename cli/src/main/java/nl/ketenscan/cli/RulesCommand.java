package nl.ketenscan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import nl.ketenscan.crawler.BrowserCheckPages;
import nl.ketenscan.crawler.browser.AxeRuleSelection;
import nl.ketenscan.crawler.browser.AxeScript;
import nl.ketenscan.crawler.browser.GatherCost;
import nl.ketenscan.crawler.browser.PageGatherers;
import nl.ketenscan.rules.BrowserAudit;
import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.Rule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ketenscan rules}: what a scan checks, so a reader of a report can look up a rule id and see
 * which WCAG criteria it speaks to, and an auditor sees which checks ran and which are ketenscan's own.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the checks a scan runs.",
                "ketenscan's own rules, each with its WCAG criteria, impact and what it checks (the browser"
                        + " checks also with their W3C ACT rule and the pages they run on), and the axe-core version"
                        + " whose WCAG rules run beside them.", ""})
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the rule descriptions: nl (default) or en.")
    String lang = "nl";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean english = switch (lang) {
            case "nl" -> false;
            case "en" -> true;
            default -> throw new UserError(ExitCode.USAGE, "--lang " + lang + " is not a language of ketenscan's rules; use nl or en");
        };
        List<Rule> rules = OwnRules.rules();
        int idWidth = rules.stream().mapToInt(r -> r.info().id().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        out.println("ketenscan's own rules, on every page:");
        rules.stream().filter(PageRule.class::isInstance).forEach(rule -> print(out, rule.info(), idWidth, english));
        out.println();
        out.println("ketenscan's own rules, across the pages of each organisation after the crawl:");
        rules.stream().filter(SiteRule.class::isInstance).forEach(rule -> print(out, rule.info(), idWidth, english));
        out.println();
        out.println("ketenscan's own browser checks, on the loaded page after axe; a gatherer drives the page, the rule judges what it saw:");
        rules.stream().filter(BrowserAudit.class::isInstance)
                .forEach(rule -> printBrowserCheck(out, (BrowserAudit<?>) rule, idWidth, english));
        out.println();
        out.println("ketenscan's own rules, on every PDF file (read with PDFBox, never in the browser):");
        rules.stream().filter(DocumentRule.class::isInstance).forEach(rule -> print(out, rule.info(), idWidth, english));
        out.println();
        out.println("axe-core " + AxeScript.injected().version() + ": its WCAG 2.0 and 2.1 level A and AA rules, on every page,");
        out.println("  with its experimental rules for A/AA criteria: " + String.join(", ", AxeRuleSelection.OPTED_IN) + ";");
        out.println("  each axe finding names its rule and criteria in results.json and the report.");
        out.flush();
        return ExitCode.FINISHED;
    }

    private static void printBrowserCheck(PrintWriter out, BrowserAudit<?> audit, int idWidth, boolean english) {
        RuleInfo rule = audit.info();
        print(out, rule, idWidth, english);
        PageGatherers.describe().stream().filter(gatherer -> gatherer.artifact() == audit.artifact()).forEach(gatherer ->
                out.printf("  %-" + idWidth + "s  gathered by %s (at most %d ms a page), %s%n", "", gatherer.name(),
                        gatherer.budget().toMillis(), pages(gatherer.cost())));
    }

    private static String pages(GatherCost cost) {
        return switch (cost) {
            case LIGHT -> "on every page";
            case HEAVY -> "on every page of an organisation of up to " + BrowserCheckPages.EVERY_PAGE_UP_TO
                    + " pages; above that on its WCAG-EM sample pages and one page per layout, or on every page with "
                    + BrowserOptions.BROWSER_CHECKS + " every-page";
        };
    }

    private static void print(PrintWriter out, RuleInfo rule, int idWidth, boolean english) {
        String act = rule.actRules().isEmpty() ? "" : ", ACT " + String.join(", ", rule.actRules());
        out.printf("  %-" + idWidth + "s  WCAG %s, %s%s%n", rule.id(), String.join(", ", rule.criteria()), rule.impact().id(), act);
        out.printf("  %-" + idWidth + "s  %s%n", "", english ? rule.descriptionEn() : rule.descriptionNl());
    }
}
