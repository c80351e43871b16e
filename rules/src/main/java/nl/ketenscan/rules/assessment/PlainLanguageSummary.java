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

    public int judgedPages() {
        return judged.size();
    }

    /** The share of judged pages above B1, rounded; 0 when none was judged. */
    public int aboveB1Percent() {
        return judged.isEmpty() ? 0 : (int) Math.round(100.0 * aboveB1Pages / judged.size());
    }
}
