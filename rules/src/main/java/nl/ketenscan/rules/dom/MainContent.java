package nl.ketenscan.rules.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page's own content is, as opposed to the site's template around it. The main content is
 * the main landmark ({@code main} or {@code role="main"}, those not hidden; HTML allows several of
 * which one is shown); a page without one has only its body, without the template's landmarks.
 *
 * <p>The template is the banner, navigation and contentinfo landmarks: {@code nav} and
 * {@code role="navigation"} wherever they are, {@code header} and {@code footer} only when they
 * belong to the page as a whole (HTML-AAM maps a {@code header} inside {@code main}, an
 * {@code article} or a {@code section} to no landmark: there it holds the content's own heading).
 */
public final class MainContent {

    private static final Set<String> TEMPLATE_ROLES = Set.of("banner", "navigation", "contentinfo");
    /** What scopes a header or footer to a part of the page, so that it is no landmark. */
    private static final String SECTIONING = "article, aside, main, nav, section, [role=main], [role=article], "
            + "[role=complementary], [role=navigation], [role=region]";

    private MainContent() {
    }

    /** The main landmarks of the page that are shown, outermost only, in document order; empty when there is none. */
    public static List<Element> landmarks(Document document) {
        List<Element> landmarks = new ArrayList<>();
        for (Element main : document.select("main, [role=main]")) {
            boolean nested = landmarks.stream().anyMatch(outer -> main.parents().contains(outer));
            if (!nested && !Hidden.fromEveryoneWithAncestors(main)) {
                landmarks.add(main);
            }
        }
        return landmarks;
    }

    /**
     * Where the page's own content is read from: its main landmarks, or its body when it has none.
     * Reading them, leave out the {@linkplain #isTemplate template parts}.
     */
    public static List<Element> roots(Document document) {
        List<Element> landmarks = landmarks(document);
        if (!landmarks.isEmpty()) {
            return landmarks;
        }
        return document.body() == null ? List.of() : List.of(document.body());
    }

    /** The element is a landmark of the site's template: its banner, a navigation, its contentinfo. */
    public static boolean isTemplate(Element element) {
        String role = element.attr("role").trim();
        if (!role.isEmpty()) {
            return TEMPLATE_ROLES.contains(role);
        }
        if (element.nameIs("nav")) {
            return true;
        }
        return (element.nameIs("header") || element.nameIs("footer")) && element.parent() != null
                && element.parent().closest(SECTIONING) == null;
    }
}
