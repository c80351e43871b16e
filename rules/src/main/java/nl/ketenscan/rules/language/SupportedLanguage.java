package nl.ketenscan.rules.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.ketenscan.rules.Message;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;

/**
 * A language ketenscan can recognise: one lingua has a model for (75 of them). Frisian (fy) is not
 * among them because no maintained detector on Maven Central knows it; text declared Frisian is
 * therefore not judged at all.
 *
 * <p>The {@link #COMMON} languages, those residents of Dutch municipalities read most and
 * municipal sites publish in, are asked first: see {@link LanguageDetector}.
 */
public record SupportedLanguage(Language lingua) {

    public static final SupportedLanguage DUTCH = new SupportedLanguage(Language.DUTCH);
    public static final SupportedLanguage ENGLISH = new SupportedLanguage(Language.ENGLISH);
    static final SupportedLanguage GERMAN = new SupportedLanguage(Language.GERMAN);
    static final SupportedLanguage FRENCH = new SupportedLanguage(Language.FRENCH);
    static final SupportedLanguage TURKISH = new SupportedLanguage(Language.TURKISH);
    static final SupportedLanguage ARABIC = new SupportedLanguage(Language.ARABIC);
    static final SupportedLanguage POLISH = new SupportedLanguage(Language.POLISH);
    static final SupportedLanguage SPANISH = new SupportedLanguage(Language.SPANISH);

    /** The languages asked first, in which almost every municipal page is written. */
    static final Set<Language> COMMON = Set.of(Language.DUTCH, Language.ENGLISH, Language.GERMAN, Language.FRENCH,
            Language.TURKISH, Language.ARABIC, Language.POLISH, Language.SPANISH);

    /** Subtags that name a language lingua knows under another code. */
    private static final Map<String, Language> ALIASES = Map.of("no", Language.BOKMAL, "iw", Language.HEBREW,
            "in", Language.INDONESIAN);

    public SupportedLanguage {
        if (lingua == Language.UNKNOWN) {
            throw new IllegalArgumentException("lingua's UNKNOWN is no language");
        }
    }

    /** The primary language subtag, as it belongs in a {@code lang} attribute, e.g. "en". */
    public String subtag() {
        return lingua.getIsoCode639_1().toString();
    }

    /**
     * The language's name in the report's language ("Deens", "Danish"): every language lingua knows has
     * its name in the message bundle as {@code language.<subtag>}.
     */
    Message wording() {
        return Message.of("language." + subtag());
    }

    /**
     * The language a {@code lang} value names, by its primary subtag ({@code nl-NL} is Dutch); empty
     * for languages ketenscan cannot recognise and for values that are no language tag.
     */
    static Optional<SupportedLanguage> ofLangAttribute(String lang) {
        String primary = lang.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(primary)) {
            return Optional.of(new SupportedLanguage(ALIASES.get(primary)));
        }
        for (IsoCode639_1 code : IsoCode639_1.values()) {
            if (code != IsoCode639_1.NONE && code.toString().equals(primary)) {
                return Optional.of(new SupportedLanguage(Language.Companion.getByIsoCode639_1(code)));
            }
        }
        return Optional.empty();
    }

    static Optional<SupportedLanguage> ofLingua(Language language) {
        return language == Language.UNKNOWN ? Optional.empty() : Optional.of(new SupportedLanguage(language));
    }
}
