package nl.ketenscan.crawler.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.Message;

/**
 * A finding's message or a page's error as one text column: JSON holding each message's key and
 * arguments, {@code {"messages":[{"key":"…","args":["…", 4.5, {"key":"…","args":[]}]}]}}, so the
 * report words it in its language when it is rendered.
 *
 * <p>Stores written before messages had keys hold the words themselves in the same columns (axe's
 * English failure summary, an own rule's Dutch sentence, an English page error). Such a text does not
 * start with this JSON's opening, and it is read back as one {@linkplain Message#verbatim verbatim}
 * message, so those stores stay readable without a new schema version.
 */
final class MessageColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENING = "{\"messages\":";

    private MessageColumn() {
    }

    /** The column's text; null for no messages (a null or empty list). */
    static String write(List<Message> messages) {
        if (messages == null || messages.isEmpty()) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("messages");
        messages.forEach(message -> list.add(node(message)));
        return root.toString();
    }

    /** The messages the column holds; null when it is null. */
    static List<Message> read(String text) {
        if (text == null) {
            return null;
        }
        if (!text.startsWith(OPENING)) {
            return List.of(Message.verbatim(text));
        }
        try {
            List<Message> messages = new ArrayList<>();
            for (JsonNode node : JSON.readTree(text).get("messages")) {
                messages.add(message(node));
            }
            return messages;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a message in the scan store is not readable: " + text, e);
        }
    }

    /** One message as this column's JSON writes it, for another column that holds messages among its data. */
    static ObjectNode node(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", message.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : message.args()) {
            if (arg instanceof Message nested) {
                args.add(node(nested));
            } else if (arg instanceof Long number) {
                args.add(number);
            } else if (arg instanceof Double number) {
                args.add(number);
            } else {
                args.add(arg.toString());
            }
        }
        return node;
    }

    /** The message {@link #node} wrote. */
    static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            if (arg.isObject()) {
                args.add(message(arg));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.doubleValue());
            } else {
                args.add(arg.asText());
            }
        }
        return new Message(node.get("key").asText(), args);
    }
}
