package nl.ketenscan.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * A web technology a page relies upon, as a research report names them ("technologies relied upon":
 * HTML, CSS, JavaScript, WAI-ARIA, SVG, PDF). Read from the markup: a scan sees what the page uses, not
 * whether the page could do without it, so the report lists them as detected.
 */
public enum Technology {
    HTML("HTML"), CSS("CSS"), JAVASCRIPT("JavaScript"), WAI_ARIA("WAI-ARIA"), SVG("SVG"), PDF("PDF");

    private final String label;

    Technology(String label) {
        this.label = label;
    }

    /** The name research reports use, e.g. {@code WAI-ARIA}. */
    public String label() {
        return label;
    }

    /** The technologies an HTML page uses: always HTML, and the others its markup shows. */
    public static Set<Technology> of(PageContent page) {
        Set<Technology> used = EnumSet.of(HTML);
        if (!page.document().select("link[rel~=(?i)stylesheet], style, [style]").isEmpty()) {
            used.add(CSS);
        }
        for (Element script : page.document().select("script")) {
            String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || type.contains("javascript") || type.equals("module")) {
                used.add(JAVASCRIPT);
                break;
            }
        }
        if (!page.document().select("svg, img[src~=(?i)\\.svg]").isEmpty()) {
            used.add(SVG);
        }
        if (usesAria(page.document().body())) {
            used.add(WAI_ARIA);
        }
        return used;
    }

    private static boolean usesAria(Element body) {
        if (body == null) {
            return false;
        }
        for (Element element : body.getAllElements()) {
            if (element.hasAttr("role")) {
                return true;
            }
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("aria-")) {
                    return true;
                }
            }
        }
        return false;
    }
}
