package nl.ketenscan.rules.language;

import java.util.Locale;
import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;

/**
 * The languages ketenscan can recognise: those that residents of Dutch municipalities read and
 * that the detector has a model for. Frisian (fy) is not among them because no maintained detector
 * on Maven Central knows it; text declared Frisian is therefore not judged at all.
 */
enum SupportedLanguage {
    DUTCH("nl", "Nederlands", Language.DUTCH),
    ENGLISH("en", "Engels", Language.ENGLISH),
    GERMAN("de", "Duits", Language.GERMAN),
    FRENCH("fr", "Frans", Language.FRENCH),
    TURKISH("tr", "Turks", Language.TURKISH),
    ARABIC("ar", "Arabisch", Language.ARABIC),
    POLISH("pl", "Pools", Language.POLISH),
    SPANISH("es", "Spaans", Language.SPANISH);

    private final String subtag;
    private final String dutchName;
    private final Language lingua;

    SupportedLanguage(String subtag, String dutchName, Language lingua) {
        this.subtag = subtag;
        this.dutchName = dutchName;
        this.lingua = lingua;
    }

    /** The primary language subtag, as it belongs in a {@code lang} attribute. */
    String subtag() {
        return subtag;
    }

    /** The language's name as Dutch readers know it, e.g. "Engels". */
    String dutchName() {
        return dutchName;
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
