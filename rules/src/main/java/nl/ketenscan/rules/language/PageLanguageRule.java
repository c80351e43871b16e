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
 * make the page Dutch. Parts with their own {@code lang} are left out. A page with less text than
 * that is judged from all it has, title included, from {@value #SHORT_MIN_WORDS} words on: there
 * only a mismatch the detector is certain of counts, and a person confirms it.
 *
 * <p>A missing {@code lang} is axe's {@code html-has-lang}; this rule adds the fix, naming the
 * language the text is in ("voeg lang=\"en\" toe"), so the web team need not guess. An invalid
 * {@code lang} is axe's {@code html-lang-valid}; a language ketenscan cannot recognise, such as
 * Frisian, is not judged.
 */
public final class PageLanguageRule implements PageRule {

    public static final String ID = "page-language";

    static final int MIN_WORDS = 25;
    static final int MIN_LETTERS = 150;
    /**
     * The least text a page is judged from: about the passage size the margins of
     * {@link LanguageDetector} hold on ({@link LanguageOfPartsRule#MIN_WORDS} words); shorter text
     * (a title and a button) too often scores a neighbouring language.
     */
    static final int SHORT_MIN_WORDS = 10;
    static final int SHORT_MIN_LETTERS = 50;

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
        Optional<JudgedText> text = judgedText(page);
        if (html == null || text.isEmpty()) {
            return List.of();
        }
        if (page.declaredLang().isEmpty()) {
            return detector.identify(text.get().text()).filter(Mismatch::certain)
                    .map(found -> missing(html, found.language())).stream().toList();
        }
        Optional<SupportedLanguage> declared = SupportedLanguage.ofLangAttribute(page.declaredLang());
        if (declared.isEmpty()) {
            return List.of();
        }
        Optional<Mismatch> mismatch = detector.mismatch(text.get().text(), declared.get());
        if (text.get().isShort()) {
            mismatch = mismatch.filter(Mismatch::certain).map(m -> new Mismatch(m.language(), false));
        }
        return mismatch.map(m -> finding(html, page.declaredLang(), declared.get(), m)).stream().toList();
    }

    /**
     * The text that takes its language from the html element: the main content's or the body's when
     * it holds enough to judge, else the title and the body together when they do.
     */
    private static Optional<JudgedText> judgedText(PageContent page) {
        Element body = page.document().body();
        List<Element> main = MainContent.landmarks(page.document());
        for (Element root : main.isEmpty() ? List.of(body) : List.of(main.get(0), body)) {
            Element langHolder = root.closest("[lang]");
            if (langHolder == null || langHolder.nameIs("html")) {
                ReadableText text = ReadableText.of(root, element -> element.hasAttr("lang"));
                if (text.atLeast(MIN_WORDS, MIN_LETTERS)) {
                    return Optional.of(new JudgedText(text.text(), false));
                }
            }
        }
        Element title = page.document().selectFirst("title");
        ReadableText titled = (title == null ? ReadableText.NONE : ReadableText.of(title, element -> false))
                .and(ReadableText.of(body, element -> element.hasAttr("lang")));
        return titled.atLeast(SHORT_MIN_WORDS, SHORT_MIN_LETTERS)
                ? Optional.of(new JudgedText(titled.text(), true)) : Optional.empty();
    }

    private static Finding missing(Element html, SupportedLanguage found) {
        String wanted = "lang=\"" + found.subtag() + "\"";
        return INFO.finding(Outcome.FAILED, "html", Snippets.startTag(html),
                INFO.message("missing", found.wording(), wanted));
    }

    /** Sentences {@code seems} or {@code maybe}: the text's language, the page's, the lang as written and the one advised. */
    private static Finding finding(Element html, String lang, SupportedLanguage declared, Mismatch mismatch) {
        Message message = INFO.message(mismatch.certain() ? "seems" : "maybe", mismatch.language().wording(),
                declared.wording(), lang, mismatch.language().subtag());
        return INFO.finding(mismatch.certain() ? Outcome.FAILED : Outcome.NEEDS_REVIEW, "html",
                Snippets.startTag(html), message);
    }

    /** @param isShort judged from less text than a full judgement needs */
    private record JudgedText(String text, boolean isShort) {
    }
}
