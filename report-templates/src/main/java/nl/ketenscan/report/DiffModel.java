package nl.ketenscan.report;

import java.util.List;
import nl.ketenscan.report.ReportModel.Link;

/** What the comparison page shows; public records of a package-private class, as in {@link ReportModel}. */
final class DiffModel {

    private DiffModel() {
    }

    /** @param olderStartedAt and {@code newerStartedAt} formatted for the report's language */
    public record Comparison(String olderStartedAt, String newerStartedAt, String olderId, String newerId,
                             List<OrganisationChange> organisations, List<String> onlyInOlder,
                             List<String> onlyInNewer) {
    }

    /** @param anchor the fragment id of the organisation's heading */
    public record OrganisationChange(String anchor, String name, List<Entry> added, List<Entry> fixed,
                                     List<Entry> persistent, List<Entry> notRechecked, List<VerdictRow> verdicts) {
    }

    /** A criterion whose verdict changed; the keys are verdict ids, as in {@code verdict.fails}. */
    public record VerdictRow(String criterion, String name, String beforeKey, String afterKey) {
    }

    /**
     * One issue: {@code impactKey} as in the report, {@code description} one line, {@code pages} where it
     * occurs, {@code descriptionLang} the language of the finding's message it quotes (see {@link MessageText#languageOf(nl.ketenscan.rules.Finding)}).
     */
    public record Entry(String rule, String impactKey, String criteria, String description, List<Link> pages,
                        String descriptionLang) {
    }
}
