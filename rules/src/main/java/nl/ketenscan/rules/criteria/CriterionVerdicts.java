package nl.ketenscan.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;

/**
 * Decides the verdict on each of the 50 criteria for one organisation, strongest evidence first:
 * a failed finding makes it {@code fails}; a finding to review {@code needs-review}; when no
 * checked page holds content it applies to, {@code not-applicable}; when an automated check exists
 * and ran on a checked page it applies to, {@code no-automated-failures}; otherwise {@code manual-only}.
 * Before all that, a criterion W3C's errata declare always satisfied (4.1.1) is {@code always-satisfied}.
 *
 * <p>A criterion only browser checks test (1.4.10 reflow, 2.1.2 the tab walk…) was checked only on the
 * pages whose {@link nl.ketenscan.rules.BrowserChecks} name one of them: a scan without the browser or
 * with {@code --browser-checks none}, or whose pages all missed those checks, leaves it to a person,
 * never "no automated failures" from checks that did not run; so does a scan without the browser for what
 * only axe tests.
 *
 * <p>What was found counts from every page, including pages with an error: a video seen or a
 * failure found there was seen or found. Absence needs pages checked without error: when no page
 * was, nothing ran, and every criterion without a finding is left to a person.
 *
 * <p>Third-party content, which the Besluit exempts, weighs in neither way: the scan leaves the
 * findings inside its frames out of {@link PageResult#findings()} (they are listed with the
 * embed), and such a frame is no {@link nl.ketenscan.rules.PageFeature#FRAME}, so it does not make
 * every criterion apply. The verdicts, the issues and the statement's deviations therefore rest on
 * the same findings.
 */
public final class CriterionVerdicts {

    private CriterionVerdicts() {
    }

    /** One verdict for each criterion of the WCAG 2.1 A+AA catalogue, in WCAG order. */
    public static List<CriterionVerdict> of(OrganisationResults results) {
        return of(results, true);
    }

    /**
     * @param axeRan false for a scan without the browser ({@code --no-browser}): then what only axe tests was
     *               checked nowhere
     */
    public static List<CriterionVerdict> of(OrganisationResults results, boolean axeRan) {
        return of(results, CriteriaCatalogue.wcag21(), axeRan);
    }

    /** One verdict for each criterion of {@code catalogue}, in WCAG order. */
    public static List<CriterionVerdict> of(OrganisationResults results, CriteriaCatalogue catalogue) {
        return of(results, catalogue, true);
    }

    /** The same, knowing whether axe ran on the pages. */
    public static List<CriterionVerdict> of(OrganisationResults results, CriteriaCatalogue catalogue, boolean axeRan) {
        List<Issue> issues = results.issues();
        List<PageResult> rendered = results.pages().stream().filter(p -> p.features() != null).toList();
        boolean checked = rendered.stream().anyMatch(p -> p.error() == null);
        List<CriterionVerdict> verdicts = new ArrayList<>();
        for (Criterion criterion : catalogue.criteria()) {
            List<Issue> speaking = issues.stream()
                    .filter(i -> i.example().criteria().contains(criterion.sc()))
                    .toList();
            Verdict verdict = verdict(criterion, results.pages(), rendered, checked, axeRan);
            verdicts.add(new CriterionVerdict(criterion, verdict, speaking));
        }
        return verdicts;
    }

    private static Verdict verdict(Criterion criterion, List<PageResult> pages, List<PageResult> rendered,
                                   boolean checked, boolean axeRan) {
        if (criterion.alwaysSatisfied()) {
            return Verdict.ALWAYS_SATISFIED;
        }
        List<Finding> findings = pages.stream()
                .flatMap(p -> p.findings().stream())
                .filter(f -> f.criteria().contains(criterion.sc()))
                .toList();
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.FAILED)) {
            return Verdict.FAILS;
        }
        if (!findings.isEmpty()) {
            return Verdict.NEEDS_REVIEW;
        }
        if (!checked) {
            return Verdict.MANUAL_ONLY;
        }
        if (rendered.stream().noneMatch(p -> criterion.appliesTo(p.features()))) {
            return Verdict.NOT_APPLICABLE;
        }
        boolean checkedWhereItApplies = rendered.stream()
                .filter(p -> p.error() == null && criterion.appliesTo(p.features()))
                .anyMatch(p -> criterion.checkedOn(axeRan, p.facts().browserChecks().ran()));
        return criterion.hasAutomatedCheck() && checkedWhereItApplies ? Verdict.NO_AUTOMATED_FAILURES
                : Verdict.MANUAL_ONLY;
    }
}
