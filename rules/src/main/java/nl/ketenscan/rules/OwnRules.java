package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.ketenscan.rules.documents.PdfAccessibilityPermission;
import nl.ketenscan.rules.documents.PdfBookmarks;
import nl.ketenscan.rules.documents.PdfFacts;
import nl.ketenscan.rules.documents.PdfFormFieldNames;
import nl.ketenscan.rules.documents.PdfLanguage;
import nl.ketenscan.rules.documents.PdfScanned;
import nl.ketenscan.rules.documents.PdfTagged;
import nl.ketenscan.rules.documents.PdfTitle;
import nl.ketenscan.rules.instructions.SensoryInstructions;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;
import nl.ketenscan.rules.links.LinkTextAmbiguous;
import nl.ketenscan.rules.links.LinkTextGeneric;
import nl.ketenscan.rules.titles.PageTitleDuplicate;
import nl.ketenscan.rules.titles.PageTitleGeneric;

/**
 * Every rule of ketenscan's own, in one place: adding a rule means adding its class to one of the
 * lists here and its fixtures under {@code src/test/resources/fixtures/<rule-id>/}, nothing else
 * (see docs/architecture.md, "How to add a rule"). Page rules judge one page each; site rules, which
 * judge all pages of an organisation together, and document rules, which judge a published PDF, have
 * their lists here too, so this one file names every rule ketenscan has, and the criteria catalogue
 * reads their criteria from it.
 */
public final class OwnRules {

    /** Shared by the language rules: its models load once, on the first page, and are only read after. */
    private static final LanguageDetector LANGUAGE_DETECTOR = new LanguageDetector();

    private static final List<PageRule> PAGE_RULES = List.of(
            new PageLanguageRule(LANGUAGE_DETECTOR),
            new LanguageOfPartsRule(LANGUAGE_DETECTOR),
            new LinkTextGeneric(),
            new LinkTextAmbiguous(),
            new SensoryInstructions(),
            new PageTitleGeneric());

    private static final List<SiteRule> SITE_RULES = List.of(
            new PageTitleDuplicate());

    private static final List<DocumentRule> DOCUMENT_RULES = List.of(
            new PdfTagged(),
            new PdfLanguage(),
            new PdfTitle(),
            new PdfScanned(),
            new PdfBookmarks(),
            new PdfFormFieldNames(),
            new PdfAccessibilityPermission());

    private OwnRules() {
    }

    public static List<PageRule> pageRules() {
        return PAGE_RULES;
    }

    /** The rules that {@link SiteAudit} runs over all pages of an organisation after the crawl. */
    public static List<SiteRule> siteRules() {
        return SITE_RULES;
    }

    /** The rules that judge a published PDF, from the facts the crawler read from it. */
    public static List<DocumentRule> documentRules() {
        return DOCUMENT_RULES;
    }

    /** Every own rule, page, site and document rules: what the criteria catalogue and {@code ketenscan rules} list. */
    public static List<Rule> rules() {
        return Stream.of(PAGE_RULES, SITE_RULES, DOCUMENT_RULES).flatMap(List::stream).map(Rule.class::cast).toList();
    }

    /** What the own rule with this id is, page or site rule; empty for an axe rule or an unknown id. */
    public static Optional<RuleInfo> info(String ruleId) {
        return rules().stream().map(Rule::info).filter(info -> info.id().equals(ruleId)).findFirst();
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

    /** Runs every document rule on the facts of one PDF. */
    public static List<Finding> check(PdfFacts pdf) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentRule rule : DOCUMENT_RULES) {
            findings.addAll(rule.check(pdf));
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
