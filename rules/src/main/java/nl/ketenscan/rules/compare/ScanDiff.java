package nl.ketenscan.rules.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.ScanMetadata;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * What changed between two scans of the same chain, per organisation: the issues that are new, fixed
 * or still there, and the criteria whose verdict changed. Organisations are matched by
 * name, issues by fingerprint; issues a person must review are left out, as their verdict is not
 * the scan's to give.
 *
 * @param onlyInOlder organisations the newer scan did not cover
 * @param onlyInNewer organisations the older scan did not cover
 */
public record ScanDiff(ScanMetadata older, ScanMetadata newer, List<OrganisationDiff> organisations,
                       List<String> onlyInOlder, List<String> onlyInNewer) {

    public ScanDiff {
        organisations = List.copyOf(organisations);
        onlyInOlder = List.copyOf(onlyInOlder);
        onlyInNewer = List.copyOf(onlyInNewer);
    }

    /**
     * @throws IllegalArgumentException when the scans have no organisation in common: comparing them
     *                                  would report everything as fixed and new, which says nothing
     */
    public static ScanDiff between(ChainAssessment older, ChainAssessment newer) {
        Map<String, OrganisationAssessment> before = byName(older);
        Map<String, OrganisationAssessment> after = byName(newer);
        if (before.keySet().stream().noneMatch(after::containsKey)) {
            throw new IllegalArgumentException("the scans have no organisation in common (the older scan covers "
                    + String.join(", ", before.keySet()) + "; the newer one "
                    + String.join(", ", after.keySet()) + "): compare two scans of the same organisations");
        }
        List<OrganisationDiff> diffs = new ArrayList<>();
        after.forEach((name, now) -> {
            OrganisationAssessment then = before.get(name);
            if (then != null) {
                diffs.add(diff(name, then, now));
            }
        });
        return new ScanDiff(older.scan(), newer.scan(), diffs,
                before.keySet().stream().filter(n -> !after.containsKey(n)).toList(),
                after.keySet().stream().filter(n -> !before.containsKey(n)).toList());
    }

    private static OrganisationDiff diff(String name, OrganisationAssessment then, OrganisationAssessment now) {
        List<Issue> earlier = then.failedIssues();
        List<Issue> current = now.failedIssues();
        Set<String> earlierPrints = fingerprints(earlier);
        Set<String> currentPrints = fingerprints(current);
        Set<String> checkedNow = now.pages().stream().filter(p -> p.error() == null).map(PageResult::url)
                .collect(Collectors.toSet());
        List<Issue> gone = earlier.stream().filter(i -> !currentPrints.contains(i.fingerprint())).toList();
        List<Issue> fixed = gone.stream().filter(i -> i.pages().stream().anyMatch(checkedNow::contains)).toList();
        return new OrganisationDiff(name,
                current.stream().filter(i -> !earlierPrints.contains(i.fingerprint())).toList(),
                fixed,
                current.stream().filter(i -> earlierPrints.contains(i.fingerprint())).toList(),
                gone.stream().filter(i -> i.pages().stream().noneMatch(checkedNow::contains)).toList(),
                verdictChanges(then, now, fixed));
    }

    /**
     * Criteria whose verdict differs. A criterion that failed is only said to stop failing when one of
     * its failures was seen fixed on a page checked again, not when its pages went unchecked. Both
     * verdict lists hold every criterion of the catalogue in the same order.
     */
    private static List<VerdictChange> verdictChanges(OrganisationAssessment then, OrganisationAssessment now,
                                                      List<Issue> fixed) {
        Set<String> fixedCriteria = fixed.stream().flatMap(i -> i.example().criteria().stream())
                .collect(Collectors.toSet());
        List<CriterionVerdict> before = then.verdicts();
        List<CriterionVerdict> after = now.verdicts();
        List<VerdictChange> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Verdict was = before.get(i).verdict();
            Verdict is = after.get(i).verdict();
            Criterion criterion = after.get(i).criterion();
            boolean unseenFix = was == Verdict.FAILS && !fixedCriteria.contains(criterion.sc());
            if (was != is && !unseenFix) {
                changes.add(new VerdictChange(criterion, was, is));
            }
        }
        return changes;
    }

    private static Map<String, OrganisationAssessment> byName(ChainAssessment assessment) {
        Map<String, OrganisationAssessment> map = new LinkedHashMap<>();
        assessment.organisations().forEach(o -> map.putIfAbsent(o.name(), o));
        return map;
    }

    private static Set<String> fingerprints(List<Issue> issues) {
        return issues.stream().map(Issue::fingerprint).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
