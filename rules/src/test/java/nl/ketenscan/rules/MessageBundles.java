package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The finding message bundle as the tests read it: both languages, and whether a message is worded in both. */
final class MessageBundles {

    static final List<String> LANGUAGES = List.of("nl", "en");

    private static final Map<String, Properties> BUNDLES = Map.of("nl", read("nl"), "en", read("en"));

    private MessageBundles() {
    }

    static Properties bundle(String language) {
        return BUNDLES.get(language);
    }

    /** Fails naming each key of {@code messages}, nested ones included, that a language lacks. */
    static void assertWorded(List<Message> messages, String where) {
        List<String> missing = new ArrayList<>();
        messages.forEach(message -> collectMissing(message, missing));
        assertEquals(List.of(), missing, where + ": messages without their words in messages_<lang>.properties");
    }

    private static void collectMissing(Message message, List<String> missing) {
        for (String language : LANGUAGES) {
            if (!bundle(language).containsKey(message.key())) {
                missing.add(language + ": " + message.key());
            }
        }
        message.args().stream().filter(Message.class::isInstance).forEach(arg -> collectMissing((Message) arg, missing));
    }

    private static Properties read(String language) {
        Properties bundle = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream(
                "/nl/ketenscan/rules/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }
}
