package nl.ketenscan.rules.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;

/**
 * veraPDF's failed PDF/UA-1 checks as findings (engine {@code verapdf}), each naming the WCAG
 * criteria its clause serves, as the WCAG PDF techniques and EN 301 549 clause 10 relate them
 * (Matterhorn Protocol): 7.1 tagging and 7.2 text, 7.4 headings, 7.5 tables, 7.6 lists and
 * 7.20 XObjects to 1.3.1; 7.3 figures and 7.7 formulas to 1.1.1; 7.18 annotations and forms
 * and 7.15 XFA to 4.1.2. Clauses without a WCAG counterpart (6 file identification, 7.11 embedded
 * files, 7.21 fonts) are left out: they are PDF/UA's, not WCAG's. A failed PDF/UA check is no proven
 * WCAG failure, so each finding is for a person to judge; ketenscan's own document rules say what
 * is proven.
 */
public final class PdfUaFindings {

    private static final Map<String, List<String>> CRITERIA_BY_CLAUSE = Map.ofEntries(
            Map.entry("7.1", List.of("1.3.1")), Map.entry("7.2", List.of("1.3.1")),
            Map.entry("7.3", List.of("1.1.1")), Map.entry("7.4", List.of("1.3.1")),
            Map.entry("7.5", List.of("1.3.1")), Map.entry("7.6", List.of("1.3.1")),
            Map.entry("7.7", List.of("1.1.1")), Map.entry("7.9", List.of("1.3.1")),
            Map.entry("7.10", List.of("1.3.1")), Map.entry("7.15", List.of("4.1.2")),
            Map.entry("7.18", List.of("4.1.2")), Map.entry("7.20", List.of("1.3.1")));

    private static final String HELP = "https://docs.verapdf.org/validation/pdfua-part1/";

    private PdfUaFindings() {
    }

    public static List<Finding> of(List<PdfUaFailure> failures) {
        List<Finding> findings = new ArrayList<>();
        for (PdfUaFailure failure : failures) {
            List<String> criteria = criteria(failure.clause());
            if (criteria.isEmpty()) {
                continue;
            }
            String check = failure.clause() + "-" + failure.test();
            findings.add(new Finding("pdfua-" + check, Engine.VERAPDF, Outcome.NEEDS_REVIEW, criteria,
                    Impact.SERIOUS, null, null,
                    List.of(Message.of("pdfua.failed", check, failure.failures(), failure.description())), HELP));
        }
        return findings;
    }

    /** The criteria of a clause or of the clause it is part of (7.18.1 is part of 7.18); none when not WCAG's. */
    static List<String> criteria(String clause) {
        for (String part = clause; !part.isEmpty(); part = part.contains(".") ? part.substring(0, part.lastIndexOf('.'))
                : "") {
            List<String> criteria = CRITERIA_BY_CLAUSE.get(part);
            if (criteria != null) {
                return criteria;
            }
        }
        return List.of();
    }
}
