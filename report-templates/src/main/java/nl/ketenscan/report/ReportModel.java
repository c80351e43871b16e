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
                                      List<ImpactCount> byImpact) {
    }

    /** @param impactKey {@code critical}…{@code minor}, or {@code unknown} when the engine gave none */
    public record ImpactCount(String impactKey, int issues, int occurrences) {
    }

    /** Everything on one organisation's own page. */
    public record OrganisationPage(OrganisationSummary summary, List<RuleGroup> rules, List<PageRow> errorPages,
                                   List<PageRow> pages, LanguageSection language) {
    }

    /**
     * What the language rules found for one organisation: pages whose {@code lang} does not match
     * their text (WCAG 3.1.1), and passages that need a {@code lang} of their own (3.1.2).
     */
    public record LanguageSection(List<LanguagePage> pages, List<LanguagePassage> passages) {
    }

    /**
     * A page whose text is in another language than its {@code lang} says.
     *
     * @param lang       the {@code lang} of the html element as written
     * @param outcomeKey {@code failed} or {@code needs-review}
     * @param message    names the language the text looks like and the {@code lang} to set
     */
    public record LanguagePage(Link url, String lang, String outcomeKey, String message) {
    }

    /**
     * A passage in another language than the one in effect for it, once for every page it is on.
     *
     * @param outcomeKey {@code failed} or {@code needs-review}
     */
    public record LanguagePassage(String outcomeKey, String message, String selector, String snippet,
                                  List<Link> pages) {
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
}
