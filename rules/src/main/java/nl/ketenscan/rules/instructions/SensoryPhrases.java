package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PhraseFile;
import org.jsoup.nodes.Element;

/**
 * Phrases that point at something by its shape, colour, place or sound ("de groene knop",
 * "rechtsboven", "the green button"), from the curated {@code sensory-phrases.txt} (Dutch) and
 * {@code sensory-phrases-en.txt} (English). A phrase matches whole words only, in any case and across
 * any white space, so "rechtsboven" does not match inside a longer word.
 *
 * <p>A line of the file may offer alternatives in parentheses, {@code de (groene|rode) knop}, so the
 * list stays readable for the people who extend it; nothing else in a line is special.
 */
final class SensoryPhrases {

    static final SensoryPhrases DUTCH = new SensoryPhrases("sensory-phrases.txt");
    static final SensoryPhrases ENGLISH = new SensoryPhrases("sensory-phrases-en.txt");

    private final List<Phrase> phrases;

    private SensoryPhrases(String file) {
        phrases = PhraseFile.read(SensoryPhrases.class, file).stream()
                .map(phrase -> new Phrase(compile(phrase), RequiredWords.of(phrase))).toList();
    }

    /**
     * The phrases for the language of an element: English when its {@code lang}, or its nearest
     * parent's, is English; Dutch otherwise, also when no language is given, as on most sites checked.
     */
    static SensoryPhrases forLanguageOf(Element element) {
        Element withLang = element.closest("[lang]");
        String lang = withLang == null ? "" : withLang.attr("lang").trim().toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") ? ENGLISH : DUTCH;
    }

    /** The phrases found in the text, as written there, in the order of the phrase list. */
    List<String> in(String text) {
        List<String> found = new ArrayList<>();
        RequiredWords.Text folded = RequiredWords.Text.of(text);
        for (Phrase phrase : phrases) {
            if (!phrase.required().allIn(folded)) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(text);
            while (m.find()) {
                if (!found.contains(m.group())) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    static Pattern compile(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        StringBuilder literal = new StringBuilder();
        for (char c : phrase.toCharArray()) {
            String special = switch (c) {
                case '(' -> "(?:";
                case ')' -> ")";
                case '|' -> "|";
                case ' ' -> "\\s+";
                default -> null;
            };
            if (special == null) {
                literal.append(c);
            } else {
                appendQuoted(regex, literal);
                regex.append(special);
            }
        }
        appendQuoted(regex, literal);
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A line of the phrase file: its regex, and the words without which the regex need not run. */
    private record Phrase(Pattern pattern, RequiredWords required) {
    }

    private static void appendQuoted(StringBuilder regex, StringBuilder literal) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
