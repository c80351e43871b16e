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

    /**
     * When and with what the scan ran; dates are formatted for the report's language.
     *
     * @param notes what the crawler noted about how the scan went, in English as it was noted
     */
    public record Scan(String id, String startedAt, String finishedAt, boolean complete, String standard,
                       String toolVersion, String axeVersion, List<Note> notes) {
    }

    /**
     * @param organisation nullable: a note about the whole scan
     * @param messageLang  the language the message is written in: the report's, or English for an older store's
     */
    public record Note(String organisation, String message, String messageLang) {
    }

    /**
     * The counts the chain overview shows for one organisation. Issue counts are of proven failures;
     * what a person must still judge is counted apart, in {@code reviewIssues}.
     *
     * @param roleKey  {@code gemeente} or {@code ketenpartner}, a key into the message bundle
     * @param fileName the organisation's own page, relative to index.html
     * @param byImpact failed issues by impact, most severe first
     * @param failingCriteria how many of the 50 criteria have the verdict "fails"
     * @param statement       the toegankelijkheidsverklaring as the scan found it
     * @param stopReason      why this organisation's crawl ended early, in the report's language; null
     *                        when it visited every page its scope offered
     */
    public record OrganisationSummary(String name, String roleKey, String fileName, int pagesScanned,
                                      int pagesWithFailures, int pagesWithErrors, int failedIssues,
                                      int failedOccurrences, int reviewIssues, int reviewOccurrences,
                                      List<ImpactCount> byImpact, int failingCriteria, StatementView statement,
                                      String stopReason) {
    }

    /** A page of the scan that answered with an HTTP error, and where the links to it are. */
    public record BrokenLink(Link url, int httpStatus, List<Link> linkedFrom) {
    }

    /** @param impactKey {@code critical}…{@code minor}, or {@code unknown} when the engine gave none */
    public record ImpactCount(String impactKey, int issues, int occurrences) {
    }

    /**
     * Everything on one organisation's own page.
     *
     * @param brokenLinks pages that answered with an HTTP error, with the pages that link to them
     * @param errorPages  pages whose check failed for another reason (no answer, too large, axe failed)
     */
    public record OrganisationPage(OrganisationSummary summary, List<RuleGroup> rules, List<BrokenLink> brokenLinks,
                                   List<PageRow> errorPages, List<PageRow> pages, CriteriaMatrix criteria, FixFirstList webTeam,
                                   FixFirstList editors, Besluit besluit, LanguageSection language) {
    }

    /** The verdict on each of the 50 criteria, counted and grouped by WCAG principle. */
    public record CriteriaMatrix(List<VerdictCount> counts, List<PrincipleGroup> principles, int criteria) {
    }

    /** @param verdictKey a verdict id such as {@code fails}, a key into the message bundle */
    public record VerdictCount(String verdictKey, int criteria) {
    }

    /** @param number 1 perceivable, 2 operable, 3 understandable, 4 robust */
    public record PrincipleGroup(int number, List<CriterionRow> criteria) {
    }

    /**
     * One criterion's line in the matrix, with the issues behind its verdict: proven failures and
     * those to review apart.
     */
    public record CriterionRow(CriterionLink criterion, String level, String en301549Clause, String verdictKey,
                               int failedIssues, int reviewIssues) {
    }

    /**
     * A success criterion by number and name, linked to W3C's Understanding page.
     *
     * @param name nullable, as is {@code href}: a criterion outside A and AA (e.g. AAA's 3.1.5) is
     *             shown by number only
     */
    public record CriterionLink(String sc, String name, String href) {
    }

    /**
     * The first issues to fix for one audience, best value first.
     *
     * @param total how many issues the full list holds; {@code entries} is its head
     */
    public record FixFirstList(List<FixFirstEntry> entries, int total) {
    }

    /**
     * @param anchor    the fragment id of the issue in the list of all issues
     * @param firstPage the first page it was found on, where an editor starts
     */
    public record FixFirstEntry(String rule, String impactKey, int pages, int occurrences, String anchor,
                                List<CriterionLink> criteria, Link firstPage) {
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
     * @param messageLang the language the message is written in, see {@link MessageText#languageOf(nl.ketenscan.rules.Finding)}
     */
    public record LanguagePage(Link url, String lang, String outcomeKey, String message, String messageLang) {
    }

    /**
     * A passage in another language than the one in effect for it, once for every page it is on.
     *
     * @param outcomeKey {@code failed} or {@code needs-review}
     * @param messageLang the language the message is written in, see {@link MessageText#languageOf(nl.ketenscan.rules.Finding)}
     */
    public record LanguagePassage(String outcomeKey, String message, String selector, String snippet,
                                  List<Link> pages, String messageLang) {
    }

    /**
     * The issues of one rule, most severe first.
     *
     * @param anchor    the fragment id of the rule's heading
     * @param impactKey the most severe impact among its issues
     * @param help      where to read how to fix it; nullable
     * @param description what the rule checks, in the report's language; nullable
     * @param name        an axe rule's name in the report's language; null for ketenscan's own rules
     * @param fix         how to fix what an axe rule finds; null for own rules, whose messages say it
     */
    public record RuleGroup(String anchor, String rule, String impactKey, List<CriterionLink> criteria, Link help,
                            List<IssueEntry> issues, String description, String name, String fix) {
    }

    /**
     * One issue: one defect, with every page it was found on.
     *
     * @param outcomeKey {@code failed} or {@code needs-review}
     * @param message    HTML, escaped, with quotes from the page in their page's language
     *                   ({@link MessageText#html}); nullable, as are {@code selector} and {@code snippet}
     * @param messageLang the language the message is written in, see {@link MessageText#languageOf(Finding)}
     * @param anchor     the fragment id the "fix first" lists link to
     * @param kindKey    {@code template} or {@code content}: who fixes it
     */
    public record IssueEntry(String outcomeKey, String impactKey, String message, String selector, String snippet,
                             int occurrences, List<Link> pages, String anchor, String kindKey,
                             String messageLang, String screenshot) {
    }

    /**
     * One scanned page as listed in the report.
     *
     * @param redirectedTo where the page ended when that differs from its URL; nullable
     * @param httpStatus   0 when no answer came
     * @param title        nullable, as are {@code lang} and {@code error}
     * @param statusKey    {@code error}, {@code failed}, {@code review} or {@code clean}
     * @param errorLang    the language {@code error} is written in, see {@link MessageText#languageOf(List)}
     * @param browserChecks the browser checks that ran on the page, e.g. {@code reflow}; empty when none did
     *                      (no browser, {@code --browser-checks none}, or left to the sample)
     */
    public record PageRow(Link url, Link redirectedTo, int httpStatus, String title, String lang, String error,
                          String statusKey, int findings, String errorLang, List<String> browserChecks) {
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
     * @param size         its size, formatted; nullable when unknown
     * @param verdictKey   {@code exempt}, {@code not-checked}, {@code failed}, {@code needs-review} or
     *                     {@code no-failures-found}
     * @param error        why it was not checked, worded; nullable
     * @param criteria     its findings per criterion
     */
    public record DocumentRow(Link url, String kind, String created, String exemptionKey, String size,
                              String verdictKey, String error, List<DocumentCriterionRow> criteria) {
    }

    /** How many of a document's findings fail, or are to review, on one criterion. */
    public record DocumentCriterionRow(CriterionLink criterion, int failed, int review) {
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
     * @param impactKey {@code critical}…{@code minor} or {@code unknown}
     * @param pages     the first pages it occurs on; the CSV lists them all
     * @param morePages how many pages more it occurs on
     * @param whatFailsLang the language {@code whatFails} is written in, see {@link MessageText#languageOf(nl.ketenscan.rules.Finding)}
     */
    public record DeviationRow(CriterionLink criterion, String rule, String whatFails,
                               String impactKey, List<Link> pages, int morePages, List<String> elements,
                               String whatFailsLang) {
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

    /**
     * How readable one organisation's pages are, measured against language level B1: advice shown
     * beside the WCAG criteria, never a failure.
     *
     * @param judgedPages    pages with enough Dutch text to judge
     * @param aboveB1Percent share of the judged pages above B1, rounded; 0 when none was judged
     * @param worstPages     the hardest judged pages, hardest first
     * @param rewritePages   the hardest pages that have sentences worth rewriting, hardest first
     */
    public record PlainLanguageSection(String organisation, int judgedPages, int aboveB1Pages, int aboveB1Percent,
                                       List<PlainLanguagePage> worstPages, List<PlainLanguagePage> rewritePages,
                                       List<PlainLanguagePart> hardestSections) {
    }

    /** A section of a long page (the text under one heading) with its level, hardest first in the report. */
    public record PlainLanguagePart(Link url, String heading, String levelKey, String difficulty,
                                    String uncommonWordPercent) {
    }

    /**
     * One judged page. Numbers are formatted for the report's language.
     *
     * @param levelKey {@code above-B1} or {@code B1-or-easier}
     * @param title    nullable
     */
    public record PlainLanguagePage(Link url, String title, String levelKey, String difficulty, String fleschDouma,
                                    String wordsPerSentence, List<RewriteEntry> rewrites) {
    }

    /** A sentence worth rewriting, as crawled, with why in the report's language ("indien → als", "passive voice: …"). */
    public record RewriteEntry(String sentence, List<String> reasons) {
    }
}
