package nl.ketenscan.rules.titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges what a page title says about its page. Titles are read as parts between separators
 * ("Paspoort aanvragen | Gemeente Lindeveen"); the scan cannot tell which part is the site's
 * name, but a title needs at most one part that is not generic to be more than a site name.
 */
final class GenericTitles {

    /** What a title lacks, if anything. */
    enum Kind {
        /** Names a topic, or is a single descriptive part such as the site name on its home page. */
        DESCRIPTIVE,
        /** An authoring tool's default left in place ("Untitled", "Nieuw document"): WCAG failure F25. */
        PLACEHOLDER,
        /** Says only that this is some page ("Home", "Welkom") and nothing else. */
        VAGUE,
        /** The page's own part is empty: " | Gemeente Lindeveen". */
        SITE_NAME_ONLY
    }

    private static final Set<String> PLACEHOLDERS = Set.of(
            "untitled", "untitled document", "untitled page", "new document", "new page", "new page 1",
            "page", "document", "document1", "title", "no title", "titel", "geen titel", "zonder titel",
            "naamloos", "naamloos document", "nieuw document", "nieuwe pagina", "pagina", "test", "default");

    private static final Set<String> VAGUE = Set.of(
            "home", "homepage", "home page", "start", "startpagina", "hoofdpagina", "welkom", "welcome", "index",
            "website");

    /** Separators between parts; a hyphen only with spaces around it, so "ID-kaart" stays one part. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|·»]\\s*|(?:^|\\s+)[-–—:](?:\\s+|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private GenericTitles() {
    }

    /** @param title a title that is not blank; a missing or empty title is axe's {@code document-title} */
    static Kind classify(String title) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(SPACE.matcher(title).replaceAll(" ").trim(), -1)) {
            parts.add(part.trim().toLowerCase(Locale.ROOT));
        }
        List<String> telling = parts.stream()
                .filter(p -> !p.isEmpty() && !PLACEHOLDERS.contains(p) && !VAGUE.contains(p))
                .toList();
        boolean placeholder = parts.stream().anyMatch(PLACEHOLDERS::contains);
        if (telling.size() >= 2 || (telling.size() == 1 && parts.size() == 1)) {
            return Kind.DESCRIPTIVE;
        }
        if (placeholder) {
            return Kind.PLACEHOLDER;
        }
        if (telling.isEmpty()) {
            return parts.stream().anyMatch(VAGUE::contains) ? Kind.VAGUE : Kind.PLACEHOLDER;
        }
        return parts.stream().anyMatch(String::isEmpty) ? Kind.SITE_NAME_ONLY : Kind.DESCRIPTIVE;
    }
}
