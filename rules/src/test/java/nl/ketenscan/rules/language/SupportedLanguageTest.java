package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.pemistahl.lingua.api.Language;
import java.util.Arrays;
import java.util.List;
import nl.ketenscan.rules.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every language ketenscan can recognise is named in the report's own language, not only the common ones. */
class SupportedLanguageTest {

    @Test
    void everyRecognisedLanguageHasItsNameInDutchAndEnglish() {
        MessageBundles.assertWorded(Arrays.stream(Language.values()).filter(language -> language != Language.UNKNOWN)
                .map(language -> new SupportedLanguage(language).wording()).toList(), "language names");
    }

    @Test
    void anUncommonLanguageIsNamedInTheReportsLanguage() {
        SupportedLanguage danish = new SupportedLanguage(Language.DANISH);

        assertEquals(List.of("Deens", "Danish"), List.of(MessageBundles.text(danish.wording(), "nl"),
                MessageBundles.text(danish.wording(), "en")));
    }
}
