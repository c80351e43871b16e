package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.ketenscan.rules.documents.OfficeFacts;
import nl.ketenscan.rules.documents.OfficeHeadings;
import nl.ketenscan.rules.documents.OfficeImageAlt;
import nl.ketenscan.rules.documents.OfficeLanguage;
import nl.ketenscan.rules.documents.OfficeTableHeader;
import nl.ketenscan.rules.documents.OfficeTitle;
import nl.ketenscan.rules.documents.PdfAccessibilityPermission;
import nl.ketenscan.rules.documents.PdfBookmarks;
import nl.ketenscan.rules.documents.PdfFacts;
import nl.ketenscan.rules.documents.PdfFormFieldNames;
import nl.ketenscan.rules.documents.PdfLanguage;
import nl.ketenscan.rules.documents.PdfScanned;
import nl.ketenscan.rules.documents.PdfTagged;
import nl.ketenscan.rules.documents.PdfTitle;
import nl.ketenscan.rules.behaviour.AutoplayAudioAudit;
import nl.ketenscan.rules.behaviour.CharacterKeyShortcutAudit;
import nl.ketenscan.rules.behaviour.MotionActuationAudit;
import nl.ketenscan.rules.behaviour.MovingContentAudit;
import nl.ketenscan.rules.behaviour.PointerDownAudit;
import nl.ketenscan.rules.behaviour.PointerGestureAudit;
import nl.ketenscan.rules.behaviour.StatusMessageAudit;
import nl.ketenscan.rules.behaviour.VisualOrderAudit;
import nl.ketenscan.rules.forms.LabelNotDescriptive;
import nl.ketenscan.rules.forms.RequiredFieldErrors;
import nl.ketenscan.rules.headings.HeadingLikeText;
import nl.ketenscan.rules.headings.HeadingNotDescriptive;
import nl.ketenscan.rules.images.ImageAltMeaningless;
import nl.ketenscan.rules.instructions.SensoryInstructions;
import nl.ketenscan.rules.hover.ContentOnHoverDismissible;
import nl.ketenscan.rules.keyboard.ChangeOnFocus;
import nl.ketenscan.rules.keyboard.ClickWithoutKeyboard;
import nl.ketenscan.rules.keyboard.ContentOnFocusDismissible;
import nl.ketenscan.rules.keyboard.FieldBorderContrast;
import nl.ketenscan.rules.keyboard.FocusIndicatorContrast;
import nl.ketenscan.rules.keyboard.FocusOrder;
import nl.ketenscan.rules.keyboard.FocusNotObscured;
import nl.ketenscan.rules.keyboard.FocusVisible;
import nl.ketenscan.rules.keyboard.KeyboardTrap;
import nl.ketenscan.rules.keyboard.SkipLinkTarget;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;
import nl.ketenscan.rules.links.LinkTextAmbiguous;
import nl.ketenscan.rules.links.LinkTextGeneric;
import nl.ketenscan.rules.navigation.ConsistentHelp;
import nl.ketenscan.rules.media.MediaAlternative;
import nl.ketenscan.rules.navigation.ConsistentIdentification;
import nl.ketenscan.rules.navigation.ConsistentNavigation;
import nl.ketenscan.rules.navigation.MultipleWays;
import nl.ketenscan.rules.oninput.OnInputAudit;
import nl.ketenscan.rules.orientation.OrientationAudit;
import nl.ketenscan.rules.reflow.ReflowAudit;
import nl.ketenscan.rules.textfit.ResizeTextAudit;
import nl.ketenscan.rules.textfit.TextSpacingAudit;
import nl.ketenscan.rules.textfit.TextSpacingOverlapAudit;
import nl.ketenscan.rules.titles.PageTitleDuplicate;
import nl.ketenscan.rules.titles.PageTitleGeneric;

/**
 * Every rule of ketenscan's own, in one place: adding a rule means adding its class to one of the
 * lists here and its fixtures under {@code src/test/resources/fixtures/<rule-id>/}, nothing else
 * (see docs/architecture.md, "How to add a rule"). Page rules judge one page each; site rules, which
 * judge all pages of an organisation together, browser audits, which judge what the browser's
 * gatherers saw on a page (see "Adding a browser check"), and document rules, which judge a published
 * PDF, have their lists here too, so this one file names every rule ketenscan has, and the criteria
 * catalogue reads their criteria from it.
 */
public final class OwnRules {

    /**
     * Shared by the language rules and the plain-language audit: its models load once, on the first
     * page, and are only read after.
     */
    private static final LanguageDetector LANGUAGE_DETECTOR = new LanguageDetector();

    private static final List<PageRule> PAGE_RULES = List.of(
            new PageLanguageRule(LANGUAGE_DETECTOR),
            new LanguageOfPartsRule(LANGUAGE_DETECTOR),
            new LinkTextGeneric(),
            new LinkTextAmbiguous(),
            new SensoryInstructions(),
            new PageTitleGeneric(),
            new ImageAltMeaningless(),
            new HeadingNotDescriptive(),
            new HeadingLikeText(),
            new LabelNotDescriptive(),
            new RequiredFieldErrors(),
            new MediaAlternative());

    private static final List<SiteRule> SITE_RULES = List.of(
            new PageTitleDuplicate(),
            new ConsistentNavigation(),
            new ConsistentIdentification(),
            new ConsistentHelp(),
            new MultipleWays());

    private static final List<BrowserAudit<?>> BROWSER_AUDITS = List.of(
            new ReflowAudit(),
            new ResizeTextAudit(),
            new TextSpacingAudit(),
            new TextSpacingOverlapAudit(),
            new OrientationAudit(),
            new MovingContentAudit(),
            new AutoplayAudioAudit(),
            new CharacterKeyShortcutAudit(),
            new MotionActuationAudit(),
            new StatusMessageAudit(),
            new VisualOrderAudit(),
            new PointerGestureAudit(),
            new PointerDownAudit(),
            new OnInputAudit(),
            new KeyboardTrap(), new FocusVisible(), new FocusIndicatorContrast(), new FieldBorderContrast(),
            new FocusOrder(), new ChangeOnFocus(), new SkipLinkTarget(), new ClickWithoutKeyboard(),
            new ContentOnFocusDismissible(),
            new ContentOnHoverDismissible(), new FocusNotObscured());

    private static final List<DocumentRule> DOCUMENT_RULES = List.of(
            new PdfTagged(),
            new PdfLanguage(),
            new PdfTitle(),
            new PdfScanned(),
            new PdfBookmarks(),
            new PdfFormFieldNames(),
            new PdfAccessibilityPermission(),
            new OfficeTitle(),
            new OfficeLanguage(),
            new OfficeHeadings(),
            new OfficeImageAlt(),
            new OfficeTableHeader());

    private OwnRules() {
    }

    /**
     * Loads the models the language rules need on almost every page now, rather than on the first
     * page; for a caller that has time to spare before its first page (a scan waiting for its browser).
     */
    public static void loadLanguageModels() {
        LANGUAGE_DETECTOR.loadCommonModels();
    }

    /** The language rules' detector, for the plain-language audit, which judges Dutch text only. */
    static LanguageDetector languageDetector() {
        return LANGUAGE_DETECTOR;
    }

    public static List<PageRule> pageRules() {
        return PAGE_RULES;
    }

    /** The rules that {@link SiteAudit} runs over all pages of an organisation after the crawl. */
    public static List<SiteRule> siteRules() {
        return SITE_RULES;
    }

    /** The audits of what the browser's gatherers saw on a page, run by {@link #audit}. */
    public static List<BrowserAudit<?>> browserAudits() {
        return BROWSER_AUDITS;
    }

    /** The rules that judge a published PDF, from the facts the crawler read from it. */
    public static List<DocumentRule> documentRules() {
        return DOCUMENT_RULES;
    }

    /** Every own rule, page rules, site rules, browser audits, document rules: what {@code ketenscan rules} lists. */
    public static List<Rule> rules() {
        return Stream.of(PAGE_RULES.stream(), SITE_RULES.stream(), BROWSER_AUDITS.stream(), DOCUMENT_RULES.stream())
                .flatMap(rules -> rules).map(Rule.class::cast).toList();
    }

    /** What the own rule with this id is, page, site or browser rule; empty for an axe rule or an unknown id. */
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

    /**
     * Runs every browser audit whose artifact was gathered on the page; the others say nothing.
     *
     * @throws RuleFailure naming the audit when one of them fails on these artifacts
     */
    public static List<Finding> audit(PageArtifacts artifacts) {
        List<Finding> findings = new ArrayList<>();
        for (BrowserAudit<?> audit : BROWSER_AUDITS) {
            try {
                findings.addAll(auditOne(audit, artifacts));
            } catch (RuntimeException e) {
                throw new RuleFailure(audit.info().id(), e);
            }
        }
        return findings;
    }

    private static <A extends Record> List<Finding> auditOne(BrowserAudit<A> audit, PageArtifacts artifacts) {
        return artifacts.get(audit.artifact()).map(audit::audit).orElse(List.of());
    }

    /** Runs every document rule on the facts of one PDF. */
    public static List<Finding> check(PdfFacts pdf) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentRule rule : DOCUMENT_RULES) {
            findings.addAll(rule.check(pdf));
        }
        return findings;
    }

    /** Runs every document rule on the facts of one office file. */
    public static List<Finding> check(OfficeFacts office) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentRule rule : DOCUMENT_RULES) {
            findings.addAll(rule.check(office));
        }
        return findings;
    }

    /** A rule that could not judge a page: a bug in the rule, recorded on the page as an error. */
    public static final class RuleFailure extends RuntimeException {
        private final String rule;

        RuleFailure(String rule, RuntimeException cause) {
            super("ketenscan rule " + rule + " failed on this page: " + cause, cause);
            this.rule = rule;
        }

        /** The id of the rule that failed. */
        public String rule() {
            return rule;
        }
    }
}
