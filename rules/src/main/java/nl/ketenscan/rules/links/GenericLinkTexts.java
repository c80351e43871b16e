package nl.ketenscan.rules.links;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PhraseFile;

/**
 * Link texts that name no destination, such as "klik hier" and "lees meer", from the curated
 * {@code generic-link-texts.txt}. A name is generic only as a whole: "Lees meer over de
 * milieustraat" says where it goes and is not.
 */
final class GenericLinkTexts {

    /** "(pdf, 1,2 MB)" and the like: a note on the file, not on where the link goes. */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** After the patterns, which normalising the list needs. */
    private static final Set<String> TEXTS = Set.copyOf(
            PhraseFile.read(GenericLinkTexts.class, "generic-link-texts.txt").stream()
                    .map(GenericLinkTexts::normalise).toList());

    private GenericLinkTexts() {
    }

    static boolean isGeneric(String accessibleName) {
        return TEXTS.contains(normalise(accessibleName));
    }

    /** Lower case, without a file note, arrows or punctuation at either end, single spaces. */
    static String normalise(String name) {
        String withoutNotes = PARENTHESES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String spaced = SPACE.matcher(withoutNotes).replaceAll(" ").trim();
        return EDGES.matcher(spaced).replaceAll("");
    }
}
