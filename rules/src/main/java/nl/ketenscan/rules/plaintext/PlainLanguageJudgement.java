package nl.ketenscan.rules.plaintext;

import java.util.Locale;
import java.util.Optional;

import nl.ketenscan.rules.PlainLanguage;

/**
 * What the plain-language audit made of a text: a verdict, or why it gave none. A text that is not
 * Dutch, or too short to say anything about, gets no level at all rather than a wrong one.
 */
public sealed interface PlainLanguageJudgement {

    /** The verdict, when the text was judged. */
    Optional<PlainLanguage> verdict();

    /** The text was judged. */
    record Judged(PlainLanguage plain) implements PlainLanguageJudgement {

        @Override
        public Optional<PlainLanguage> verdict() {
            return Optional.of(plain);
        }
    }

    /**
     * The text was read but not judged.
     *
     * @param words    the words of running text found
     * @param language for {@link Reason#OTHER_LANGUAGE}, the language the text was found to be in, as
     *                 the subtag {@code lang} would give it ("en"); empty otherwise
     * @param minimum  the least number of words a text needs to be judged
     */
    record NotJudged(Reason reason, int words, String language, int minimum) implements PlainLanguageJudgement {

        @Override
        public Optional<PlainLanguage> verdict() {
            return Optional.empty();
        }

        /** Why, in Dutch, for the editor. */
        public String dutch() {
            return switch (reason) {
                case OTHER_LANGUAGE -> "Niet beoordeeld: de tekst lijkt " + name(Locale.forLanguageTag("nl")) + ", geen Nederlands; ketenscan"
                        + " beoordeelt taalniveau B1 alleen bij Nederlandse tekst.";
                case TOO_SHORT -> "Niet beoordeeld: de tekst heeft " + words + " woorden lopende tekst, minder dan "
                        + minimum + ".";
            };
        }

        private String name(Locale in) {
            return Locale.forLanguageTag(language).getDisplayLanguage(in);
        }

        /** Why, in English. */
        public String english() {
            return switch (reason) {
                case OTHER_LANGUAGE -> "Not judged: the text looks " + name(Locale.ENGLISH) + ", not Dutch; ketenscan judges"
                        + " language level B1 only for Dutch text.";
                case TOO_SHORT -> "Not judged: the text has " + words + " words of running text, fewer than "
                        + minimum + ".";
            };
        }
    }

    /** Why a text was not judged. */
    enum Reason {
        OTHER_LANGUAGE("other-language"), TOO_SHORT("too-short");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        /** The name in JSON output. */
        public String id() {
            return id;
        }
    }
}
