package nl.ketenscan.rules.language;

import java.util.Locale;
import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;
import nl.ketenscan.rules.Message;

/**
 * The languages ketenscan can recognise: those that residents of Dutch municipalities read and
 * that the detector has a model for. Frisian (fy) is not among them because no maintained detector
 * on Maven Central knows it; text declared Frisian is therefore not judged at all.
 */
enum SupportedLanguage {
    DUTCH("nl", Language.DUTCH),
    ENGLISH("en", Language.ENGLISH),
    GERMAN("de", Language.GERMAN),
    FRENCH("fr", Language.FRENCH),
    TURKISH("tr", Language.TURKISH),
    ARABIC("ar", Language.ARABIC),
    POLISH("pl", Language.POLISH),
    SPANISH("es", Language.SPANISH);

    private final String subtag;
    private final Language lingua;

    SupportedLanguage(String subtag, Language lingua) {
        this.subtag = subtag;
        this.lingua = lingua;
    }

    /** The primary language subtag, as it belongs in a {@code lang} attribute. */
    String subtag() {
        return subtag;
    }

    /** The language's name in the report's language ("Engels", "English"), as {@code language.<subtag>}. */
    Message wording() {
        return Message.of("language." + subtag);
    }

    Language lingua() {
        return lingua;
    }

    /**
     * The language a {@code lang} value names, by its primary subtag ({@code nl-NL} is Dutch); empty
     * for languages ketenscan cannot recognise and for values that are no language tag.
     */
    static Optional<SupportedLanguage> ofLangAttribute(String lang) {
        String primary = lang.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (SupportedLanguage language : values()) {
            if (language.subtag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    static Optional<SupportedLanguage> ofLingua(Language language) {
        for (SupportedLanguage supported : values()) {
            if (supported.lingua == language) {
                return Optional.of(supported);
            }
        }
        return Optional.empty();
    }
}
