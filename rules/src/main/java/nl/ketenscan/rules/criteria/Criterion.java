package nl.ketenscan.rules.criteria;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.ketenscan.rules.PageFeature;

/**
 * One of the 50 WCAG 2.1 A and AA success criteria that the Besluit digitale toegankelijkheid
 * overheid requires through EN 301 549, and what ketenscan can check of it.
 *
 * @param sc             the number, e.g. {@code 1.4.3}
 * @param w3cId          the W3C slug, e.g. {@code contrast-minimum}, used by the Understanding pages
 * @param nameNl         the name in the W3C authorised Dutch translation
 * @param en301549Clause the clause of EN 301 549 for web pages, e.g. {@code 9.1.4.3}
 * @param axeRules       the axe-core rules, on by default, that test part of it
 * @param ownRules       ketenscan's own rules, page rules, site rules or browser audits, that test part of it
 * @param appliesWhen    content a page must hold for the criterion to apply, e.g. video for captions;
 *                       empty when it applies to every page
 * @param browserChecks  the browser checks (e.g. {@code reflow}) whose audits are among {@code ownRules}
 * @param ownRulesEverywhere whether a page or site rule tests part of it, which runs on every checked page,
 *                       with the browser or without; otherwise only axe (where it ran) and the pages where one
 *                       of {@code browserChecks} ran checked it
 */
public record Criterion(String sc, Level level, String w3cId, String nameEn, String nameNl, String en301549Clause,
                        List<String> axeRules, List<String> ownRules, Set<PageFeature> appliesWhen,
                        List<String> browserChecks, boolean ownRulesEverywhere) {

    private static final String UNDERSTANDING = "https://www.w3.org/WAI/WCAG21/Understanding/";
    private static final String UNDERSTANDING_22 = "https://www.w3.org/WAI/WCAG22/Understanding/";

    /** W3C's errata of WCAG 2.1, the source of the verdict {@link Verdict#ALWAYS_SATISFIED}. */
    public static final String ERRATA = "https://www.w3.org/WAI/WCAG21/errata/";

    public Criterion {
        Objects.requireNonNull(sc, "sc");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(w3cId, "w3cId");
        axeRules = List.copyOf(axeRules);
        ownRules = List.copyOf(ownRules);
        appliesWhen = Set.copyOf(appliesWhen);
        browserChecks = List.copyOf(browserChecks);
    }

    /** The conformance level; the Besluit requires A and AA, nothing of AAA. */
    public enum Level {
        A, AA
    }

    /** 1 perceivable, 2 operable, 3 understandable, 4 robust: the first digit of the number. */
    public int principle() {
        return sc.charAt(0) - '0';
    }

    /** Whether an automated check looks at this criterion at all; when none does, only a person can judge it. */
    public boolean hasAutomatedCheck() {
        return !axeRules.isEmpty() || !ownRules.isEmpty();
    }

    /**
     * Whether an automated check looked at this criterion on a page: always when a page or site rule tests
     * it, when axe does and ran, and when one of its browser checks ran there. A page scanned without the
     * browser ({@code --no-browser}: no axe, no browser checks), or outside the sample the slow checks keep
     * to, was not checked for 1.4.13.
     *
     * @param axeRan           whether axe checked the page
     * @param browserChecksRan the browser checks that ran on it
     */
    public boolean checkedOn(boolean axeRan, Collection<String> browserChecksRan) {
        return ownRulesEverywhere || axeRan && !axeRules.isEmpty()
                || browserChecks.stream().anyMatch(browserChecksRan::contains);
    }

    /**
     * Whether W3C's errata declare the criterion always satisfied for content in HTML or XML: only 4.1.1
     * Parsing, which browsers' error handling made moot and WCAG 2.2 removed. Its duplicate-id checks
     * find real defects, but those count under 1.3.1 and 4.1.2, never as a failure of 4.1.1.
     */
    public boolean alwaysSatisfied() {
        return "parsing".equals(w3cId);
    }

    /**
     * Whether the criterion can apply to a page with these features. A frame may hold anything the
     * scan did not see, so a page with one counts as having every feature.
     */
    public boolean appliesTo(Set<PageFeature> features) {
        return appliesWhen.isEmpty() || features.contains(PageFeature.FRAME)
                || appliesWhen.stream().anyMatch(features::contains);
    }

    /** W3C's explanation of the criterion: its intent, who it helps, and how it is met. */
    public String understandingUrl() {
        return (Standard.ADDED_IN_WCAG22.contains(sc) ? UNDERSTANDING_22 : UNDERSTANDING) + w3cId + ".html";
    }
}
