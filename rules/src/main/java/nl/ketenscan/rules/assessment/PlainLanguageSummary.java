package nl.ketenscan.rules.assessment;

import java.util.Comparator;
import java.util.List;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;

/**
 * How readable an organisation's pages are against language level B1: advice beside the WCAG
 * criteria, never a failure.
 *
 * @param judged       the pages with enough Dutch text to judge, hardest first
 * @param aboveB1Pages how many of them are harder than B1
 */
public record PlainLanguageSummary(List<PageResult> judged, int aboveB1Pages) {

    public PlainLanguageSummary {
        judged = List.copyOf(judged);
    }

    static PlainLanguageSummary of(List<PageResult> pages) {
        List<PageResult> judged = pages.stream().filter(p -> p.plainLanguage() != null)
                .sorted(Comparator.comparingDouble((PageResult p) -> -p.plainLanguage().difficulty()))
                .toList();
        return new PlainLanguageSummary(judged, (int) judged.stream()
                .filter(p -> p.plainLanguage().level() == PlainLanguage.Level.ABOVE_B1).count());
    }

    /** A section of a long page, with its page: where to start rewriting. */
    public record PageSection(PageResult page, PlainLanguage.Section section) {
    }

    /** The sections of the judged long pages, hardest first: which parts of the site are hardest to read. */
    public List<PageSection> hardestSections() {
        return judged.stream()
                .flatMap(page -> page.plainLanguage().sections().stream().map(section -> new PageSection(page, section)))
                .sorted(Comparator.comparingDouble((PageSection s) -> -s.section().difficulty()))
                .toList();
    }

    public int judgedPages() {
        return judged.size();
    }

    /** The share of judged pages above B1, rounded; 0 when none was judged. */
    public int aboveB1Percent() {
        return judged.isEmpty() ? 0 : (int) Math.round(100.0 * aboveB1Pages / judged.size());
    }
}
