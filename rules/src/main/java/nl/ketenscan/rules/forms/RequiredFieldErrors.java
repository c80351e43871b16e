package nl.ketenscan.rules.forms;

import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import org.jsoup.nodes.Element;

/**
 * {@code required-field-errors}: a form with required fields that switches the browser's own checks
 * off ({@code novalidate}) and shows nowhere in its markup how it will report a mistake: no field
 * points to an error text ({@code aria-describedby}, {@code aria-errormessage}, {@code aria-invalid}),
 * and there is no live region or alert in the form. WCAG 3.3.1 asks that an error found by the form is
 * identified in text; the form's scripts may still do that after submitting, which only a person
 * trying it can tell, so it needs review. Without {@code novalidate} the browser names the empty
 * required field itself, and the form is left alone.
 */
public final class RequiredFieldErrors implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("required-field-errors", List.of("3.3.1"), Impact.SERIOUS,
            "Formulier met verplichte velden dat de controle van de browser uitzet en niet laat zien hoe het een "
                    + "fout meldt.",
            "Form with required fields that switches off the browser's own checks and does not show how it reports "
                    + "a mistake.",
            "https://www.w3.org/WAI/WCAG21/Understanding/error-identification.html");

    private static final String REQUIRED = "[required], [aria-required=true]";
    private static final String ERROR_REFERENCE = "[aria-describedby], [aria-errormessage], [aria-invalid]";
    private static final String LIVE = "[role=alert], [role=status], [aria-live=polite], [aria-live=assertive]";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        List<Element> fields = FormFields.of(page).stream().map(FormFields.Field::element).toList();
        for (Element form : page.document().select("form[novalidate]")) {
            List<Element> required = form.select(REQUIRED).stream().filter(fields::contains).toList();
            if (required.isEmpty() || required.stream().anyMatch(field -> field.is(ERROR_REFERENCE))
                    || !form.select(LIVE).isEmpty()) {
                continue;
            }
            findings.add(INFO.finding(Outcome.NEEDS_REVIEW, form.cssSelector(), Snippet.of(form),
                    INFO.message("no-error-mechanism", required.size())));
        }
        return findings;
    }
}
