package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.ketenscan.rules.exemption.ThirdPartyContent;
import nl.ketenscan.rules.plaintext.PlainLanguageAudit;
import nl.ketenscan.rules.plaintext.PlainLanguageThresholds;

/**
 * Everything ketenscan itself makes of one page's content, rendered or as served: its own rules,
 * the plain-language audit, the page's features and the facts the Besluit report needs. A pure
 * function of the content, so the crawler only gathers and this class only judges.
 *
 * <p>A check that fails on a page is named in the page's error instead of silently missing, and
 * the other checks still run.
 *
 * @param error non-null when the page could not be fully checked: one message per problem
 */
public record PageAudit(List<Finding> findings, List<Message> error, Set<PageFeature> features,
                        PlainLanguage plainLanguage, PageFacts facts) {

    private static final PlainLanguageAudit PLAIN_LANGUAGE = new PlainLanguageAudit(PlainLanguageThresholds.DEFAULTS,
            OwnRules.languageDetector());

    public PageAudit {
        findings = List.copyOf(findings);
    }

    /**
     * @param axeFindings what axe found on the rendered page; empty without a browser
     * @param error       what already went wrong with the page, or null
     * @param owned       whether a URL belongs to the organisation: embeds from elsewhere are
     *                    third-party content, which the Besluit exempts
     */
    public static PageAudit of(PageContent content, List<Finding> axeFindings, List<Message> error,
                               Predicate<String> owned) {
        List<Finding> findings = new ArrayList<>(axeFindings);
        PlainLanguage plainLanguage = null;
        PageFacts facts = PageFacts.NONE;
        Set<PageFeature> features = PageFeature.presentOn(content, element -> ThirdPartyContent.isThirdParty(element, owned));
        try {
            findings.addAll(OwnRules.check(content));
        } catch (OwnRules.RuleFailure e) {
            error = withProblem(error, Message.of("page-error.rule-failed", e.rule(), String.valueOf(e.getCause())));
        }
        try {
            plainLanguage = PLAIN_LANGUAGE.analyse(content).orElse(null);
        } catch (RuntimeException e) {
            error = withProblem(error, Message.of("page-error.plain-language-failed", e.toString()));
        }
        try {
            ThirdPartyContent thirdParty = ThirdPartyContent.of(content, findings, owned);
            findings = new ArrayList<>(thirdParty.countedFindings());
            facts = PageFacts.of(content, thirdParty.embeds());
        } catch (RuntimeException e) {
            error = withProblem(error, Message.of("page-error.facts-failed", e.toString()));
        }
        return new PageAudit(findings, error, features, plainLanguage, facts);
    }

    /**
     * A page's error with one more problem: each check that failed on it is named.
     *
     * @param error   the problems so far, or null for none
     * @param problem null for none
     * @return null when there is no problem at all
     */
    public static List<Message> withProblem(List<Message> error, Message problem) {
        List<Message> problems = new ArrayList<>();
        if (error != null) {
            problems.addAll(error);
        }
        if (problem != null) {
            problems.add(problem);
        }
        return problems.isEmpty() ? null : List.copyOf(problems);
    }
}
