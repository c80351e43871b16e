package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds the findings of the {@linkplain OwnRules#siteRules() site rules} to scan results, after the
 * crawl and before reports are written. The store keeps only what pages gave; site findings are
 * derived from it each time, so a report rendered again from the store gets exactly the same ones.
 */
public final class SiteAudit {

    private SiteAudit() {
    }

    /**
     * The same results with each organisation's site findings added to the pages they concern, after
     * the page's own findings. Findings of site rules already in {@code results} are replaced, so
     * applying this twice gives the same as applying it once.
     *
     * @throws IllegalStateException naming the site rule and organisation when a rule could not judge
     *                               the pages: a bug in that rule, which no report should hide
     */
    public static ScanResults apply(ScanResults results) {
        return results.withOrganisations(results.organisations().stream().map(SiteAudit::apply).toList());
    }

    static OrganisationResults apply(OrganisationResults organisation) {
        List<SiteRule> rules = OwnRules.siteRules();
        Set<String> siteRuleIds = rules.stream().map(r -> r.info().id()).collect(Collectors.toSet());
        List<PageResult> pages = organisation.pages().stream()
                .map(p -> p.withFindings(p.findings().stream().filter(f -> !siteRuleIds.contains(f.rule())).toList()))
                .toList();
        Map<String, List<Finding>> added = new HashMap<>();
        for (SiteRule rule : rules) {
            try {
                rule.check(pages).forEach((url, findings) -> added.computeIfAbsent(url, k -> new ArrayList<>()).addAll(findings));
            } catch (RuntimeException e) {
                throw new IllegalStateException("ketenscan site rule " + rule.info().id() + " failed on the pages of "
                        + organisation.organisation().name() + ": " + e + "; please report this as a bug", e);
            }
        }
        return organisation.withPages(pages.stream().map(page -> withAdded(page, added.get(page.url()))).toList());
    }

    private static PageResult withAdded(PageResult page, List<Finding> added) {
        if (added == null) {
            return page;
        }
        List<Finding> findings = new ArrayList<>(page.findings());
        findings.addAll(added);
        return page.withFindings(findings);
    }
}
