package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/** Pictures in an office file without alternative text and not marked decorative: a screen reader skips them or reads the file name. */
public final class OfficeImageAlt implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("office-image-alt", List.of("1.1.1"), Impact.CRITICAL,
            "Afbeeldingen in een kantoorbestand hebben een alternatieve tekst of zijn als decoratief gemarkeerd",
            "Pictures in an office file have alternative text or are marked decorative",
            "https://www.w3.org/WAI/WCAG21/Understanding/non-text-content.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(OfficeFacts office) {
        if (office.imagesWithoutAltCount() == 0) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.FAILED, null, String.join(" | ", office.imagesWithoutAlt()),
                INFO.message("missing", office.imagesWithoutAltCount(), office.images())));
    }
}
