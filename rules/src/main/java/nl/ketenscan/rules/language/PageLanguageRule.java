package nl.ketenscan.rules.language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.dom.MainContent;
import nl.ketenscan.rules.language.LanguageDetector.Mismatch;
import org.jsoup.nodes.Element;

/**
 * WCAG 3.1.1 Language of Page, with the semantics of ACT rule ucwvc8: the primary subtag of the
 * html element's {@code lang} must match the language of the text that takes its language from it.
 * A page declared Dutch whose text is English is read out by a screen reader with a Dutch voice,
 * which makes it unintelligible.
 *
 * <p>The text judged is that of the main content ({@code main}), or the whole body when the page
 * has no main or it holds too little text: a Dutch menu and footer around an English article do not
 * make the page Dutch. Parts with their own {@code lang} are left out. A missing or invalid
 * {@code lang} is axe's {@code html-has-lang} and {@code html-lang-valid}; a language ketenscan
 * cannot recognise, such as Frisian, is not judged.
 */
public final class PageLanguageRule implements PageRule {

    public static final String ID = "page-language";

    static final int MIN_WORDS = 25;
    static final int MIN_LETTERS = 150;

    private static final RuleInfo INFO = new RuleInfo(ID, List.of("3.1.1"), Impact.SERIOUS,
            "De taal van de pagina (lang op het html-element) is de taal van de tekst",
            "The page's language (lang on the html element) is the language of its text",
            "https://www.w3.org/WAI/WCAG21/Understanding/language-of-page.html", List.of("ucwvc8"));

    private final LanguageDetector detector;

    public PageLanguageRule(LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PageContent page) {
        Element html = page.document().selectFirst("html");
        Optional<SupportedLanguage> declared = SupportedLanguage.ofLangAttribute(page.declaredLang());
        Optional<ReadableText> text = mainText(page);
        if (html == null || declared.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        return detector.mismatch(text.get().text(), declared.get())
                .map(mismatch -> finding(html, page.declaredLang(), declared.get(), mismatch))
                .stream().toList();
    }

    /** The text that takes its language from the html element, if there is enough of it to judge. */
    private static Optional<ReadableText> mainText(PageContent page) {
        List<Element> main = MainContent.landmarks(page.document());
        for (Element root : main.isEmpty() ? List.of(page.document().body()) : List.of(main.get(0), page.document().body())) {
            Element langHolder = root.closest("[lang]");
            if (langHolder != null && langHolder.nameIs("html")) {
                ReadableText text = ReadableText.of(root, element -> element.hasAttr("lang"));
                if (text.atLeast(MIN_WORDS, MIN_LETTERS)) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** Sentences {@code seems} or {@code maybe}: the text's language, the page's, the lang as written and the one advised. */
    private static Finding finding(Element html, String lang, SupportedLanguage declared, Mismatch mismatch) {
        Message message = INFO.message(mismatch.certain() ? "seems" : "maybe", mismatch.language().wording(),
                declared.wording(), lang, mismatch.language().subtag());
        return INFO.finding(mismatch.certain() ? Outcome.FAILED : Outcome.NEEDS_REVIEW, "html",
                Snippets.startTag(html), message);
    }
}
