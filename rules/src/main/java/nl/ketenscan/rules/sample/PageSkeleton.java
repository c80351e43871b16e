package nl.ketenscan.rules.sample;

import java.util.Set;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.Sha256;
import org.jsoup.nodes.Element;

/**
 * A short name for the layout of a page, equal for pages built from the same template: a hash of
 * the tree of structural elements under {@code body} (landmarks, sections, articles, forms and
 * containers), to a limited depth, with text, attributes and running content left out and repeated
 * siblings counted once. Pages of one template then differ only in their text, lists and tables,
 * which leave the skeleton alone.
 */
public final class PageSkeleton {

    private static final Set<String> STRUCTURE = Set.of("header", "nav", "main", "footer", "aside", "section",
            "article", "form", "div", "fieldset", "dialog", "search");
    private static final int MAX_DEPTH = 5;
    private static final int MAX_TOKENS = 500;

    private PageSkeleton() {
    }

    /** Twelve hex digits; the same for two pages whose structural elements nest the same way. */
    public static String of(PageContent page) {
        Element body = page.document().body();
        StringBuilder shape = new StringBuilder();
        if (body != null) {
            append(body, 0, shape, new int[] {0});
        }
        return Sha256.hex(shape.toString()).substring(0, 12);
    }

    private static void append(Element element, int depth, StringBuilder shape, int[] tokens) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        String previous = null;
        for (Element child : element.children()) {
            if (tokens[0] >= MAX_TOKENS) {
                return;
            }
            StringBuilder childShape = new StringBuilder();
            boolean structural = STRUCTURE.contains(child.normalName());
            if (structural) {
                childShape.append(child.normalName()).append('(');
            }
            append(child, structural ? depth + 1 : depth, childShape, tokens);
            if (structural) {
                childShape.append(')');
            }
            String token = childShape.toString();
            if (!token.isEmpty() && !token.equals(previous)) {
                shape.append(token);
                tokens[0]++;
                previous = token;
            }
        }
    }
}
