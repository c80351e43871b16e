package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PhraseFile;

/**
 * Dutch phrases that point at something by its shape, colour, place or sound ("de groene knop",
 * "rechtsboven"), from the curated {@code sensory-phrases.txt}. A phrase matches whole words only,
 * in any case and across any white space, so "rechtsboven" does not match inside a longer word.
 *
 * <p>A line of the file may offer alternatives in parentheses, {@code de (groene|rode) knop}, so the
 * list stays readable for the people who extend it; nothing else in a line is special.
 */
final class SensoryPhrases {

    private static final List<Phrase> PHRASES = PhraseFile.read(SensoryPhrases.class, "sensory-phrases.txt")
            .stream().map(phrase -> new Phrase(compile(phrase), RequiredWords.of(phrase))).toList();

    private SensoryPhrases() {
    }

    /** The phrases found in the text, as written there, in the order of the phrase list. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        RequiredWords.Text folded = RequiredWords.Text.of(text);
        for (Phrase phrase : PHRASES) {
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
