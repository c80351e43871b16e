package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * Form fields without a name for assistive technology: the tooltip ({@code /TU}) is what a screen
 * reader announces (WCAG technique PDF12; PDF/UA-1 7.18.1). The internal field name ({@code /T}) is
 * often "Text1" and is not meant for people.
 */
public final class PdfFormFieldNames implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-form-field-names", List.of("4.1.2"), Impact.SERIOUS,
            "Formuliervelden in een PDF-bestand hebben een naam voor een schermlezer",
            "Form fields in a PDF have a name for a screen reader",
            "https://www.w3.org/WAI/WCAG21/Techniques/pdf/PDF12");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (pdf.formFieldsWithoutName() == 0) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("unnamed", pdf.formFieldsWithoutName(), pdf.formFields())));
    }
}
