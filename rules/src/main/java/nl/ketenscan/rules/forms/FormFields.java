package nl.ketenscan.rules.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.dom.Hidden;
import nl.ketenscan.rules.links.AccessibleName;
import org.jsoup.nodes.Element;

/**
 * The form fields of a page that a visitor fills in (text, choice and list fields; not buttons or
 * hidden inputs), with the text of their visible label.
 */
final class FormFields {

    private static final Set<String> NOT_FILLED_IN = Set.of("hidden", "submit", "reset", "button", "image");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private FormFields() {
    }

    /** A field and the text of its {@code label} elements (for= or around it); empty when it has none. */
    record Field(Element element, String label) {
    }

    static List<Field> of(PageContent page) {
        List<Field> fields = new ArrayList<>();
        for (Element element : page.document().select("input, select, textarea")) {
            String type = element.attr("type").trim().toLowerCase(Locale.ROOT);
            if (element.nameIs("input") && NOT_FILLED_IN.contains(type) || Hidden.fromAssistiveTechWithAncestors(element)) {
                continue;
            }
            fields.add(new Field(element, labelText(page, element)));
        }
        return fields;
    }

    private static String labelText(PageContent page, Element field) {
        List<String> texts = new ArrayList<>();
        String id = field.id();
        if (!id.isEmpty()) {
            for (Element label : page.document().getElementsByTag("label")) {
                if (id.equals(label.attr("for"))) {
                    texts.add(AccessibleName.of(label));
                }
            }
        }
        Element around = field.closest("label");
        if (around != null && !around.hasAttr("for")) {
            // the field's own content (a list's options) is not part of the label's text
            Element labelOnly = around.clone();
            labelOnly.select("input, select, textarea").remove();
            texts.add(AccessibleName.of(labelOnly));
        }
        return SPACE.matcher(String.join(" ", texts)).replaceAll(" ").strip();
    }
}
