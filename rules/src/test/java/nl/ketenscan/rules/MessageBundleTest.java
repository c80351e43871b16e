package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The finding message bundle has every key in Dutch and in English, each sentence uses the same
 * arguments in both, and each is a valid {@link MessageFormat} pattern (an apostrophe written once
 * would silently swallow the rest of the sentence).
 */
class MessageBundleTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void dutchAndEnglishHaveTheSameKeysWithTheSameArguments() {
        Properties dutch = MessageBundles.bundle("nl");
        Properties english = MessageBundles.bundle("en");

        assertEquals(new TreeSet<>(dutch.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        List<String> different = new ArrayList<>();
        for (String key : dutch.stringPropertyNames()) {
            if (!MessageBundles.arguments(dutch.getProperty(key))
                    .equals(MessageBundles.arguments(english.getProperty(key)))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different);
    }

    @Test
    void everySentenceIsAValidPatternWithoutALoneApostrophe() {
        List<String> wrong = new ArrayList<>();
        for (String language : MessageBundles.LANGUAGES) {
            Properties bundle = MessageBundles.bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                try {
                    new MessageFormat(pattern, Locale.forLanguageTag(language));
                    if (LONE_APOSTROPHE.matcher(pattern).find()) {
                        wrong.add(language + ": " + key);
                    }
                } catch (IllegalArgumentException e) {
                    wrong.add(language + ": " + key + " (" + e.getMessage() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
