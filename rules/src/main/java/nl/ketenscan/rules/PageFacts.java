package nl.ketenscan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.navigation.PageNavigation;
import nl.ketenscan.rules.sample.PageSkeleton;
import nl.ketenscan.rules.statement.StatementEvidence;

/**
 * What a scan noted about a page besides its findings, for the parts of the report the Besluit
 * asks for: the toegankelijkheidsverklaring, the exemptions and the WCAG-EM sample. Gathered while
 * the page is at hand, because reports are rendered later from the store, without the page.
 *
 * @param statement       signs of a toegankelijkheidsverklaring on the page
 * @param skeleton        the page's layout name ({@link PageSkeleton}); null for pages not rendered
 * @param thirdParty      content embedded from hosts outside the organisation's scope
 * @param documentCreated for an office file, the creation date in its metadata; null when unknown
 * @param navigation      its navigation blocks and ways to find pages, for the site rules of 3.2.3, 3.2.4
 *                        and 2.4.5; null when not noted (not an HTML page, or stored by an older ketenscan),
 *                        so those rules never take a missing note for a missing search function
 * @param browserChecks   which of the browser's gatherers ran on the page
 * @param technologies    the web technologies its markup uses (HTML, CSS, JavaScript, WAI-ARIA, SVG); empty
 *                        when not noted (not an HTML page, or stored by an older ketenscan)
 * @param documentBytes   for an office file, its size in bytes as fetched (the cap's size when it was cut
 *                        off there); null when not noted (a page, or a store of an older ketenscan)
 */
public record PageFacts(StatementEvidence statement, String skeleton, List<ThirdPartyEmbed> thirdParty,
                        LocalDate documentCreated, PageNavigation navigation, BrowserChecks browserChecks,
                        Set<Technology> technologies, Long documentBytes) {

    /** Nothing noted: a page that failed, or was neither rendered nor an office file. */
    public static final PageFacts NONE = new PageFacts(StatementEvidence.NONE, null, List.of(), null);

    public PageFacts {
        Objects.requireNonNull(statement, "statement");
        thirdParty = List.copyOf(thirdParty);
        browserChecks = browserChecks == null ? BrowserChecks.NONE : browserChecks;
        technologies = technologies == null ? Set.of() : Set.copyOf(technologies);
    }


    /** Facts without navigation noted and without browser checks. */
    public PageFacts(StatementEvidence statement, String skeleton, List<ThirdPartyEmbed> thirdParty,
                     LocalDate documentCreated) {
        this(statement, skeleton, thirdParty, documentCreated, null, BrowserChecks.NONE, Set.of(), null);
    }

    /** Facts without the technologies and the size of a document. */
    public PageFacts(StatementEvidence statement, String skeleton, List<ThirdPartyEmbed> thirdParty,
                     LocalDate documentCreated, PageNavigation navigation, BrowserChecks browserChecks) {
        this(statement, skeleton, thirdParty, documentCreated, navigation, browserChecks, Set.of(), null);
    }

    /** These facts, noting which browser checks ran on the page. */
    public PageFacts withBrowserChecks(BrowserChecks checks) {
        return new PageFacts(statement, skeleton, thirdParty, documentCreated, navigation, checks, technologies,
                documentBytes);
    }

    /** The facts of a page the browser rendered. */
    public static PageFacts of(PageContent page, List<ThirdPartyEmbed> thirdParty) {
        return new PageFacts(StatementEvidence.of(page), PageSkeleton.of(page), thirdParty, null,
                PageNavigation.of(page), BrowserChecks.NONE, Technology.of(page), null);
    }

    /** The facts of an office file: only its creation date, when its metadata gives one. */
    public static PageFacts ofDocument(LocalDate created) {
        return new PageFacts(StatementEvidence.NONE, null, List.of(), created);
    }

    /** The facts of an office file: its creation date, when its metadata gives one, and its size. */
    public static PageFacts ofDocument(LocalDate created, long bytes) {
        return new PageFacts(StatementEvidence.NONE, null, List.of(), created, null, BrowserChecks.NONE, Set.of(), bytes);
    }
}
