package nl.ketenscan.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import nl.ketenscan.report.DiffModel.Comparison;
import nl.ketenscan.report.DiffModel.Entry;
import nl.ketenscan.report.DiffModel.OrganisationChange;
import nl.ketenscan.report.DiffModel.VerdictRow;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.baseline.IssueDescription;
import nl.ketenscan.rules.compare.OrganisationDiff;
import nl.ketenscan.rules.compare.ScanDiff;

/**
 * Writes the comparison of two scans as a page for accessibility coordinators: per organisation the
 * new, fixed and remaining issues, and the criteria that started or stopped failing. Uses the
 * report's stylesheet, so it belongs in (or beside) a report folder.
 */
public final class DiffReport {

    private static final int MAX_PAGES = 10;

    private DiffReport() {
    }

    /** Writes the Dutch page to {@code file}, and the stylesheet beside it. */
    public static void write(ScanDiff diff, Path file) {
        write(diff, file, ReportText.DUTCH);
    }

    static void write(ScanDiff diff, Path file, Locale language) {
        ReportText text = new ReportText(language);
        ReportModelBuilder builder = new ReportModelBuilder(text, new BesluitModelBuilder(text));
        List<OrganisationChange> organisations = IntStream.range(0, diff.organisations().size())
                .mapToObj(i -> change("organisatie-" + (i + 1), diff.organisations().get(i), language)).toList();
        Comparison comparison = new Comparison(text.dateTime(diff.older().startedAt()),
                text.dateTime(diff.newer().startedAt()), diff.older().scanId(), diff.newer().scanId(), organisations,
                diff.onlyInOlder(), diff.onlyInNewer());
        Path folder = file.toAbsolutePath().getParent();
        HtmlReport.createDirectories(folder);
        new ReportTemplates(text).render("diff.ftlh",
                Map.of("scan", builder.scan(diff.newer()), "comparison", comparison), file);
        HtmlReport.copyStylesheet(folder.resolve(HtmlReport.STYLESHEET));
    }

    private static OrganisationChange change(String anchor, OrganisationDiff diff, Locale language) {
        boolean dutch = language.getLanguage().equals(ReportText.DUTCH.getLanguage());
        List<VerdictRow> verdicts = diff.verdicts().stream().map(v -> new VerdictRow(v.criterion().sc(),
                dutch ? v.criterion().nameNl() : v.criterion().nameEn(), v.before().id(), v.after().id())).toList();
        MessageText messages = new MessageText(language);
        return new OrganisationChange(anchor, diff.organisation(), entries(diff.added(), messages),
                entries(diff.fixed(), messages), entries(diff.persistent(), messages),
                entries(diff.notRechecked(), messages), verdicts);
    }

    private static List<Entry> entries(List<Issue> issues, MessageText messages) {
        return issues.stream().map(i -> new Entry(i.example().rule(),
                i.example().impact() == null ? "unknown" : i.example().impact().id(),
                String.join(", ", i.example().criteria()), IssueDescription.of(i, messages.of(i.example())),
                i.pages().stream().limit(MAX_PAGES).map(Link::to).toList(),
                messages.languageOf(i.example()))).toList();
    }
}
