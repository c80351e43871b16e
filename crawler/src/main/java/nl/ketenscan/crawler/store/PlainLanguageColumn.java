package nl.ketenscan.crawler.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.PlainLanguage.Level;
import nl.ketenscan.rules.PlainLanguage.Rewrite;
import nl.ketenscan.rules.PlainLanguage.Section;
import nl.ketenscan.rules.PlainLanguage.Uncertainty;

/**
 * A page's plain-language verdict as one JSON text in the page table: it is read and written only
 * whole, with the page, so columns per measure and a table for its rewrites would add joins and no
 * queries.
 */
final class PlainLanguageColumn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainLanguageColumn() {
    }

    /** The JSON text, or null for a page that was not judged. */
    static String write(PlainLanguage plain) {
        if (plain == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
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
        for (Rewrite rewrite : plain.rewrites()) {
            ObjectNode entry = rewrites.addObject();
            entry.put("sentence", rewrite.sentence());
            ArrayNode reasons = entry.putArray("reasons");
            rewrite.reasons().forEach(reason -> reasons.add(MessageColumn.node(reason)));
        }
        if (plain.uncommonWordShare() != null) {
            node.put("uncommonWordShare", plain.uncommonWordShare());
        }
        ArrayNode sections = node.putArray("sections");
        for (Section section : plain.sections()) {
            ObjectNode entry = sections.addObject();
            entry.put("heading", section.heading());
            entry.put("words", section.words());
            entry.put("sentences", section.sentences());
            entry.put("fleschDouma", section.fleschDouma());
            entry.put("difficulty", section.difficulty());
            entry.put("level", section.level().id());
            entry.put("uncommonWordShare", section.uncommonWordShare());
        }
        return node.toString();
    }

    /** The stored sections; none in a store written before ketenscan measured them. */
    private static List<Section> sections(JsonNode node) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode entry : node.path("sections")) {
            sections.add(new Section(entry.path("heading").asText(), entry.path("words").asInt(),
                    entry.path("sentences").asInt(), entry.path("fleschDouma").asDouble(),
                    entry.path("difficulty").asDouble(), Level.fromId(entry.path("level").asText()),
                    entry.path("uncommonWordShare").asDouble()));
        }
        return sections;
    }

    /** The stored uncertainty; null in a store written before ketenscan measured it. */
    private static Uncertainty uncertainty(JsonNode node) {
        return node == null ? null : new Uncertainty(node.path("difficultyLow").asDouble(),
                node.path("difficultyHigh").asDouble(), node.path("levelCertain").asBoolean());
    }

    /** The verdict stored as {@code json}; null when the column is null. */
    static PlainLanguage read(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            List<Rewrite> rewrites = new ArrayList<>();
            for (JsonNode entry : node.path("rewrites")) {
                List<Message> reasons = new ArrayList<>();
                // a store written before the reasons were messages holds their Dutch words
                entry.path("reasons").forEach(reason -> reasons.add(reason.isObject() ? MessageColumn.message(reason)
                        : Message.verbatim(reason.asText())));
                rewrites.add(new Rewrite(entry.path("sentence").asText(), reasons));
            }
            return new PlainLanguage(node.path("words").asInt(), node.path("sentences").asInt(),
                    node.path("avgWordsPerSentence").asDouble(), node.path("avgSyllablesPerWord").asDouble(),
                    node.path("fleschDouma").asDouble(), node.path("difficulty").asDouble(),
                    Level.fromId(node.path("level").asText()), rewrites, uncertainty(node.get("uncertainty")),
                    node.has("uncommonWordShare") ? node.path("uncommonWordShare").asDouble() : null, sections(node));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a page's plain-language result in the scan store is damaged ("
                    + e.getMessage() + "): scan again into a new --out folder", e);
        }
    }
}
