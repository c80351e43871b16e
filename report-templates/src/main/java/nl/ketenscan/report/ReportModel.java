package nl.ketenscan.report;

import java.util.List;
import java.util.Locale;

/**
 * What the HTML templates show, already counted, grouped and formatted, so templates only lay out.
 *
 * <p>The records are public members of this package-private class because FreeMarker reads only
 * public classes by reflection, while no other module should see them. Text fields hold data as it
 * was crawled; the templates escape it. Fields documented as nullable are shown as "unknown" or
 * left out by the templates.
 */
final class ReportModel {

    private ReportModel() {
    }

    /** When and with what the scan ran; dates are formatted for the report's language. */
    public record Scan(String id, String startedAt, String finishedAt, boolean complete, String standard,
                       String toolVersion, String axeVersion) {
    }

    /**
     * The counts the chain overview shows for one organisation. Issue counts are of proven failures;
     * what a person must still judge is counted apart, in {@code reviewIssues}.
     *
     * @param roleKey  {@code gemeente} or {@code ketenpartner}, a key into the message bundle
     * @param fileName the organisation's own page, relative to index.html
     * @param byImpact failed issues by impact, most severe first
     */
    public record OrganisationSummary(String name, String roleKey, String fileName, int pagesScanned,
                                      int pagesWithFailures, int pagesWithErrors, int failedIssues,
                                      int failedOccurrences, int reviewIssues, int reviewOccurrences,
                                      List<ImpactCount> byImpact, StatementView statement) {
    }

    /** @param impactKey {@code critical}…{@code minor}, or {@code unknown} when the engine gave none */
    public record ImpactCount(String impactKey, int issues, int occurrences) {
    }

    /** Everything on one organisation's own page. */
    public record OrganisationPage(OrganisationSummary summary, List<RuleGroup> rules, List<PageRow> errorPages,
                                   List<PageRow> pages, Besluit besluit) {
    }

    /**
     * The issues of one rule, most severe first.
     *
     * @param anchor    the fragment id of the rule's heading
     * @param impactKey the most severe impact among its issues
     * @param help      where to read how to fix it; nullable
     */
    public record RuleGroup(String anchor, String rule, String impactKey, List<String> criteria, Link help,
                            List<IssueEntry> issues) {
    }

    /**
     * One issue: one defect, with every page it was found on.
     *
     * @param outcomeKey {@code failed} or {@code needs-review}
     * @param message    nullable, as are {@code selector} and {@code snippet}
     */
    public record IssueEntry(String outcomeKey, String impactKey, String message, String selector, String snippet,
                             int occurrences, List<Link> pages) {
    }

    /**
     * One scanned page as listed in the report.
     *
     * @param redirectedTo where the page ended when that differs from its URL; nullable
     * @param httpStatus   0 when no answer came
     * @param title        nullable, as are {@code lang} and {@code error}
     * @param statusKey    {@code error}, {@code failed}, {@code review} or {@code clean}
     */
    public record PageRow(Link url, Link redirectedTo, int httpStatus, String title, String lang, String error,
                          String statusKey, int findings) {
    }

    /**
     * A crawled URL. {@code href} is set only for http and https URLs, so that a URL such as
     * {@code javascript:…} found on a scanned site is shown as text and can never run in the report.
     */
    public record Link(String text, String href) {

        static Link to(String url) {
            return new Link(url, isWeb(url) ? url : null);
        }

        /** The raw string must start with the scheme: browsers ignore leading blanks, we do not trust them. */
        private static boolean isWeb(String url) {
            if (url == null) {
                return false;
            }
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://");
        }
    }

    /**
     * What the Besluit digitale toegankelijkheid overheid asks of an organisation: its statement,
     * the exemptions that apply, the deviations its statement must list and a WCAG-EM sample.
     *
     * @param deviationsFile the CSV of the deviations, relative to the report
     * @param wcagEmFile     the evaluation for the W3C WCAG-EM Report Tool, relative to the report
     */
    public record Besluit(StatementView statement, List<DocumentRow> documents, List<EmbedRow> thirdParty,
                          List<DeviationRow> deviations, SampleView sample, String deviationsFile,
                          String wcagEmFile) {
    }

    /**
     * The toegankelijkheidsverklaring as the scan found it and what the scan rules out.
     *
     * @param pagesChecked   false when no page could be checked, so nothing can be said
     * @param url            the statement (or its register entry); nullable, as are the other links
     * @param declaredStatus the letter A–E the statement declares; nullable
     * @param linkText       the words the site links to it with; nullable
     * @param linkedFrom     how many scanned pages link to it
     * @param ruledOut       letters of the statuses the scan rules out
     * @param failedIssues   issues with proven failures, the reason A is ruled out
     */
    public record StatementView(boolean pagesChecked, boolean found, Link url, String declaredStatus,
                                Link statusFoundOn, boolean statusFromLabel, Link registerUrl, String linkText,
                                int linkedFrom, List<String> ruledOut, boolean contradiction, boolean missing,
                                int failedIssues) {
    }

    /**
     * An office file found in the scan.
     *
     * @param created      when its metadata says it was created, formatted; nullable when unknown
     * @param exemptionKey {@code exempt}, {@code not-exempt} or {@code unknown}
     */
    public record DocumentRow(Link url, String kind, String created, String exemptionKey) {
    }

    /**
     * Content embedded from a host outside the organisation's scope.
     *
     * @param firstPage a page it is embedded on; {@code pages} says on how many
     */
    public record EmbedRow(Link url, String kind, int pages, Link firstPage, int findingsNotCounted) {
    }

    /**
     * One deviation as a statement lists it.
     *
     * @param criterionName the official Dutch name; nullable when unknown
     * @param impactKey     {@code critical}…{@code minor} or {@code unknown}
     * @param pages         the first pages it occurs on; the CSV lists them all
     * @param morePages     how many pages more it occurs on
     */
    public record DeviationRow(String criterion, String criterionName, String rule, String whatFails,
                               String impactKey, List<Link> pages, int morePages, List<String> elements) {
    }

    /**
     * The proposed WCAG-EM sample.
     *
     * @param templates how many page layouts (templates) the scan told apart
     */
    public record SampleView(List<SampleRow> structured, List<SampleRow> random, String seed, int templates) {
    }

    /**
     * A sampled page.
     *
     * @param title      nullable
     * @param reasonKeys why it is in the structured sample, keys into the bundle; empty for random pages
     */
    public record SampleRow(Link url, String title, List<String> reasonKeys) {
    }
}
