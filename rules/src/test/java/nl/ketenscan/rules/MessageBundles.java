package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finding message bundle as the tests read it: both languages, and whether a message is worded in both.
 * Public for the tests of the rules in other packages, whose findings are checked the same way.
 */
public final class MessageBundles {

    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static final Map<String, Properties> BUNDLES = Map.of("nl", read("nl"), "en", read("en"));

    private MessageBundles() {
    }

    public static Properties bundle(String language) {
        return BUNDLES.get(language);
    }

    /**
     * Fails naming each message of {@code messages}, nested ones included, that a language lacks, that
     * asks for an argument the message does not give, or that is kept word for word: ketenscan's own
     * findings are worded in the report's language, never in the language they were found in.
     */
    public static void assertWorded(List<Message> messages, String where) {
        List<String> missing = new ArrayList<>();
        messages.forEach(message -> collectMissing(message, missing));
        assertEquals(List.of(), missing, where + ": messages without their words in messages_<lang>.properties");
    }

    /** {@link #assertWorded} for each finding's message, and the findings themselves, to assert on further. */
    public static List<Finding> worded(List<Finding> findings) {
        findings.forEach(finding -> assertWorded(finding.message(), finding.rule() + " " + finding.selector()));
        return findings;
    }

    private static void collectMissing(Message message, List<String> missing) {
        if (message.isVerbatim()) {
            missing.add("kept word for word: " + message.args().get(0));
        }
        for (String language : LANGUAGES) {
            String pattern = bundle(language).getProperty(message.key());
            if (pattern == null) {
                missing.add(language + ": " + message.key());
            } else if (highestArgument(pattern) >= message.args().size()) {
                missing.add(language + ": " + message.key() + " asks for more than its " + message.args().size()
                        + " argument(s)");
            }
        }
        message.args().stream().filter(Message.class::isInstance).forEach(arg -> collectMissing((Message) arg, missing));
    }

    /** The sentence as a report in {@code language} words it, nested messages included. */
    public static String text(Message message, String language) {
        Object[] args = message.args().stream().map(arg -> arg instanceof Message nested ? text(nested, language) : arg)
                .toArray();
        return new MessageFormat(bundle(language).getProperty(message.key()), Locale.forLanguageTag(language))
                .format(args);
    }

    private static int highestArgument(String pattern) {
        return arguments(pattern).stream().mapToInt(Integer::parseInt).max().orElse(-1);
    }

    /** The argument numbers a sentence uses, e.g. {@code [0, 1]}. */
    static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
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
