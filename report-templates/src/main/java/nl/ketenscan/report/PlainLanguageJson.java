package nl.ketenscan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement;

/**
 * A plain-language verdict as JSON, in one shape wherever ketenscan writes it: each page's
 * {@code plainLanguage} in results.json and the output of {@code ketenscan text --json}. The
 * schema's fields, the {@code uncertainty} of the difficulty (its 80% band and whether the level
 * holds across it), then {@code rewrites}: the sentences to rewrite with their reasons, the share of
 * uncommon words and, for a long page, the same measures per section.
 */
public final class PlainLanguageJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlainLanguageJson() {
    }

    /**
     * The verdict as indented JSON text with {@code "judged": true} first, for a pipeline to read; the
     * reasons to rewrite in Dutch, the language of the text judged.
     */
    public static String text(PlainLanguage plain) {
        ObjectNode node = NODES.objectNode();
        node.put("judged", true);
        node.setAll(node(plain, new MessageText(Locale.forLanguageTag("nl"))));
        return indented(node);
    }

    /**
     * {@code {"judged": false, "reason": "other-language", …}} for a text that was read but not
     * judged: why (as an id and in Dutch and English), the words of running text found, and for
     * another language its subtag. No level.
     */
    public static String notJudged(PlainLanguageJudgement.NotJudged notJudged) {
        ObjectNode node = NODES.objectNode();
        node.put("judged", false);
        node.put("reason", notJudged.reason().id());
        node.put("message", notJudged.dutch());
        node.put("messageEn", notJudged.english());
        node.put("words", notJudged.words());
        if (!notJudged.language().isEmpty()) {
            node.put("language", notJudged.language());
        }
        return indented(node);
    }

    private static String indented(ObjectNode node) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plain-language verdict could not be written as JSON", e);
        }
    }

    /** @param messages the language the reasons to rewrite are worded in */
    static ObjectNode node(PlainLanguage plain, MessageText messages) {
        ObjectNode node = NODES.objectNode();
        node.put("words", plain.words());
        node.put("sentences", plain.sentences());
        node.put("avgWordsPerSentence", plain.avgWordsPerSentence());
        node.put("avgSyllablesPerWord", plain.avgSyllablesPerWord());
        node.put("fleschDouma", plain.fleschDouma());
        node.put("difficulty", plain.difficulty());
        node.put("level", plain.level().id());
        if (plain.uncertainty() != null) {
            ObjectNode uncertainty = node.putObject("uncertainty");
            uncertainty.put("difficultyLow", plain.uncertainty().difficultyLow());
            uncertainty.put("difficultyHigh", plain.uncertainty().difficultyHigh());
            uncertainty.put("levelCertain", plain.uncertainty().levelCertain());
        }
        ArrayNode rewrites = node.putArray("rewrites");
        for (PlainLanguage.Rewrite rewrite : plain.rewrites()) {
            ObjectNode entry = rewrites.addObject();
            entry.put("sentence", rewrite.sentence());
            ArrayNode reasons = entry.putArray("reasons");
            rewrite.reasons().forEach(reason -> reasons.add(messages.of(reason)));
        }
        if (plain.uncommonWordShare() != null) {
            node.put("uncommonWordShare", plain.uncommonWordShare());
        }
        if (!plain.sections().isEmpty()) {
            ArrayNode sections = node.putArray("sections");
            for (PlainLanguage.Section section : plain.sections()) {
                ObjectNode entry = sections.addObject();
                entry.put("heading", section.heading());
                entry.put("words", section.words());
                entry.put("sentences", section.sentences());
                entry.put("fleschDouma", section.fleschDouma());
                entry.put("difficulty", section.difficulty());
                entry.put("level", section.level().id());
                entry.put("uncommonWordShare", section.uncommonWordShare());
            }
        }
        return node;
    }
}
