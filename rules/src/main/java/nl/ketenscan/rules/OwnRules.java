package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;

/**
 * Every ketenscan page rule, in one list: adding a rule means adding its class here and its
 * fixtures beside its tests, nothing else.
 */
public final class OwnRules {

    /** Shared by the language rules: its models load once, on the first page, and are only read after. */
    private static final LanguageDetector LANGUAGE_DETECTOR = new LanguageDetector();

    private static final List<PageRule> PAGE_RULES = List.of(
            new PageLanguageRule(LANGUAGE_DETECTOR),
            new LanguageOfPartsRule(LANGUAGE_DETECTOR));

    private OwnRules() {
    }

    public static List<PageRule> pageRules() {
        return PAGE_RULES;
    }

    /**
     * Runs every page rule on the page.
     *
     * @throws RuleFailure naming the rule when one of them fails on this page, so the page records
     *                     an error instead of silently missing that rule's findings
     */
    public static List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        for (PageRule rule : PAGE_RULES) {
            try {
                findings.addAll(rule.check(page));
            } catch (RuntimeException e) {
                throw new RuleFailure(rule.info().id(), e);
            }
        }
        return findings;
    }

    /** A rule that could not judge a page: a bug in the rule, recorded on the page as an error. */
    public static final class RuleFailure extends RuntimeException {
        RuleFailure(String rule, RuntimeException cause) {
            super("ketenscan rule " + rule + " failed on this page: " + cause, cause);
        }
    }
}
