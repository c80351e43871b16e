package nl.ketenscan.rules.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;
import nl.ketenscan.rules.headings.Placeholders;
import org.jsoup.nodes.Element;

/**
 * {@code label-not-descriptive}: form fields whose visible label cannot say what to fill in, for WCAG
 * 2.4.6 as the ACT rule "Form field label is descriptive" (cc0f0a) reads it. A placeholder a form
 * builder left ("Veld 1", "Invoerveld", "Field") fails. Two fields with the same label in one group
 * (the same fieldset, or the same form outside fieldsets) need review: "Telefoonnummer" twice may be
 * home and mobile, which the labels should then say, or one may be a mistake.
 *
 * <p>A field without a label element is left to axe's {@code label} rule; radio buttons and check
 * boxes with the same label in different fieldsets ("Ja", "Nee" under two questions) are told apart by
 * their legend and pass.
 */
public final class LabelNotDescriptive implements PageRule {

    private static final RuleInfo INFO = new RuleInfo("label-not-descriptive", List.of("2.4.6"), Impact.MODERATE,
            "Formulierveld met een label dat niet zegt wat je moet invullen: een standaardtekst als \"Veld 1\", "
                    + "of hetzelfde label als een ander veld in dezelfde groep.",
            "Form field whose label does not say what to fill in: a default text such as \"Field 1\", or the same "
                    + "label as another field in the same group.",
            "https://www.w3.org/WAI/WCAG21/Understanding/headings-and-labels.html", List.of("cc0f0a"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Finding> findings = new ArrayList<>();
        Map<Group, Element> firstInGroup = new HashMap<>();
        for (FormFields.Field field : FormFields.of(page)) {
            Element element = field.element();
            if (field.label().isEmpty()) {
                continue;
            }
            if (Placeholders.isLabelPlaceholder(field.label())) {
                findings.add(INFO.finding(Outcome.FAILED, element.cssSelector(), Snippet.of(element),
                        INFO.message("placeholder", field.label())));
                continue;
            }
            Element container = element.closest("fieldset, form");
            Group group = new Group(container == null ? page.document() : container, Placeholders.key(field.label()));
            if (firstInGroup.putIfAbsent(group, element) != null) {
                findings.add(INFO.finding(Outcome.NEEDS_REVIEW, element.cssSelector(), Snippet.of(element),
                        INFO.message("duplicate", field.label())));
            }
        }
        return findings;
    }

    /** Fields in one fieldset or form with one label text; elements compare by identity, as jsoup's do. */
    private record Group(Element container, String label) {
    }
}
