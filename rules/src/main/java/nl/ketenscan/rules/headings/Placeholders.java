package nl.ketenscan.rules.headings;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Texts an authoring tool or a template leaves in place of a real heading or label ("Kop 2",
 * "Heading", "Veld 1", "Lorem ipsum"), in Dutch and English. Compared as a whole, with a trailing
 * number and punctuation ignored, so "Veldnaam van de aanvrager" or "Kop van Noord-Holland" never match.
 */
public final class Placeholders {

    private static final Pattern TRAILING = Pattern.compile("[\\s_-]*\\d*[\\s.:*]*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final Set<String> HEADINGS = Set.of(
            "kop", "koptekst", "kopje", "tussenkop", "nieuwe kop", "titel", "subtitel", "heading", "subheading",
            "header", "title", "subtitle", "new heading", "tekst", "text", "untitled", "naamloos", "placeholder");

    private static final Set<String> LABELS = Set.of(
            "veld", "invoerveld", "invoer", "tekstveld", "tekstvak", "field", "input", "text field", "textfield",
            "textbox", "text box", "label", "naamloos", "untitled", "placeholder");

    private static final Pattern LOREM_IPSUM = Pattern.compile("^lorem ipsum\\b");

    private Placeholders() {
    }

    public static boolean isHeadingPlaceholder(String text) {
        String key = key(text);
        return HEADINGS.contains(key) || LOREM_IPSUM.matcher(key).find();
    }

    public static boolean isLabelPlaceholder(String text) {
        String key = key(text);
        return LABELS.contains(key) || LOREM_IPSUM.matcher(key).find();
    }

    /** Lower case, single spaces, without the number and punctuation at the end: "Veld 1:" is "veld". */
    public static String key(String text) {
        String spaced = SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return TRAILING.matcher(spaced).replaceAll("");
    }
}
