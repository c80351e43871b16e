package nl.ketenscan.rules.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.language.LanguageDetector.Mismatch;
import org.jsoup.nodes.Element;

/**
 * WCAG 3.1.2 Language of Parts, with the semantics of ACT rule off6ek: a passage in another language
 * than the one in effect for it, such as an English paragraph on a Dutch page without
 * {@code lang="en"}, makes a screen reader pronounce it with the wrong voice.
 *
 * <p>Only passages long enough to judge are looked at (names, short runs and single words in
 * another language are no failure). A mismatch the detector is sure of fails; one it is unsure of
 * is left to a person. When most of the text that takes the page's language is in one other
 * language, the page's {@code lang} is wrong rather than its parts: {@link PageLanguageRule}
 * reports that once, and its passages are not reported again.
 */
public final class LanguageOfPartsRule implements PageRule {

    public static final String ID = "language-of-parts";

    static final int MIN_WORDS = 12;
    static final int MIN_LETTERS = 60;

    private static final RuleInfo INFO = new RuleInfo(ID, List.of("3.1.2"), Impact.MODERATE,
            "Tekst in een andere taal dan die van de pagina heeft een eigen lang-attribuut",
            "Text in another language than the page's has its own lang attribute",
            "https://www.w3.org/WAI/WCAG21/Understanding/language-of-parts.html");

    private final LanguageDetector detector;

    public LanguageOfPartsRule(LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        List<Judged> mismatched = new ArrayList<>();
        int pageLanguageLetters = 0;
        Map<SupportedLanguage, Integer> lettersByMismatchedLanguage = new HashMap<>();
        for (Passage passage : Passage.in(page.document().body(), MIN_WORDS, MIN_LETTERS)) {
            Optional<SupportedLanguage> expected = passage.languageInEffect();
            if (expected.isEmpty()) {
                continue;
            }
            String text = passage.text().text();
            SupportedLanguage language = expected.get();
            Optional<Mismatch> mismatch = detector.mismatch(text, language);
            boolean inheritsPageLanguage = passage.langHolder().nameIs("html");
            if (inheritsPageLanguage) {
                pageLanguageLetters += passage.text().letters();
            }
            if (mismatch.isPresent()) {
                mismatched.add(new Judged(passage, expected.get(), mismatch.get()));
                if (inheritsPageLanguage) {
                    lettersByMismatchedLanguage.merge(mismatch.get().language(), passage.text().letters(), Integer::sum);
                }
            }
        }
        int halfOfPage = pageLanguageLetters / 2;
        boolean pageLanguageWrong = lettersByMismatchedLanguage.values().stream().anyMatch(l -> l > halfOfPage);
        return mismatched.stream()
                .filter(judged -> !(pageLanguageWrong && judged.passage().langHolder().nameIs("html")))
                .map(this::finding)
                .toList();
    }

    private Finding finding(Judged judged) {
        Passage passage = judged.passage();
        Mismatch mismatch = judged.mismatch();
        Outcome outcome = mismatch.certain() ? Outcome.FAILED : Outcome.NEEDS_REVIEW;
        return INFO.finding(outcome, passage.element().cssSelector(), Snippets.outerHtml(passage.element()),
                message(passage, judged.expected(), mismatch));
    }

    /**
     * Sentences named for whose {@code lang} the passage has (its {@code own}, the {@code page}'s or a
     * {@code parent}'s) and for how sure the detector is ({@code seems} or {@code maybe}), with the
     * passage's kind, the detected language, the language in effect, the lang as written and the one advised.
     */
    private static Message message(Passage passage, SupportedLanguage expected, Mismatch mismatch) {
        String holder = passage.langHolder() == passage.element() ? "own"
                : passage.langHolder().nameIs("html") ? "page" : "parent";
        return INFO.message((mismatch.certain() ? "seems-" : "maybe-") + holder, subject(passage.element()),
                mismatch.language().wording(), expected.wording(), passage.lang(), mismatch.language().subtag());
    }

    private static Message subject(Element element) {
        String kind = switch (element.normalName()) {
            case "p" -> "paragraph";
            case "li" -> "list-item";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
            case "td", "th" -> "table-cell";
            case "blockquote" -> "quotation";
            default -> "text";
        };
        return INFO.message("subject." + kind);
    }

    private record Judged(Passage passage, SupportedLanguage expected, Mismatch mismatch) {
    }
}
