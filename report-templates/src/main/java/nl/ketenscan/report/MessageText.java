package nl.ketenscan.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import freemarker.template.utility.StringUtil;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.statement.Deviation;

/**
 * Words the messages of findings and page errors in one language, from the rules' message bundle
 * ({@code nl/ketenscan/rules/messages_<lang>.properties}): the one place every output turns a
 * {@link Message} into text. Public for the command line, whose baseline file describes issues.
 *
 * <p>A message kept {@linkplain Message#verbatim word for word} (from a store written before messages
 * had keys) is shown as it is, except axe's English failure summaries: for those the rule's own
 * explanation is shown instead, when the bundle has one, so that a Dutch report holds no English axe
 * text even then.
 * Sentences go through {@link MessageFormat}, as the report's own texts do: an apostrophe is written
 * twice in the bundle, and numbers are written as the language writes them ("4,5" in Dutch).
 */
public final class MessageText {

    private static final String BUNDLE = "nl.ketenscan.rules.messages";
    /** A language tag as {@code lang} takes it; anything else a page declared is not repeated. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final ResourceBundle bundle;
    private final Locale locale;

    public MessageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** For outputs read by tools and CI logs (SARIF, JUnit, the baseline), which speak English. */
    public static MessageText english() {
        return new MessageText(Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    /** The sentences as one text, joined by spaces; empty for no messages. */
    public String of(List<Message> messages) {
        if (messages == null) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        messages.forEach(message -> sentences.add(of(message)));
        return String.join(" ", sentences);
    }

    public String of(Message message) {
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = message.args().get(i);
            args[i] = arg instanceof Message nested ? of(nested) : arg;
        }
        if (message.isVerbatim()) {
            return String.valueOf(args[0]);
        }
        return new MessageFormat(sentence(message.key()), locale).format(args);
    }

    private String sentence(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the message '" + key + "' is missing from "
                    + BUNDLE + "_" + locale.getLanguage() + ".properties", e);
        }
    }

    /**
     * What a finding says, in this language; for axe's English failure summaries from older stores,
     * the rule's explanation. Empty when the finding says nothing.
     */
    public String of(Finding finding) {
        return of(shown(finding.engine(), finding.rule(), finding.message()));
    }

    /**
     * {@link #of(Finding)} as HTML for the report: its words escaped, and each text it quotes from the
     * page (a link text, a title) in a {@code span} with the language of the page it came from, when
     * that differs from this one, so a Dutch sentence quoting an English link text passes WCAG 3.1.2
     * itself. Without a usable {@code quoteLang} the quotes take the sentence's language.
     *
     * @param quoteLang the {@code lang} of the page the finding is on; nullable
     */
    String html(Finding finding, String quoteLang) {
        List<Message> shown = shown(finding.engine(), finding.rule(), finding.message());
        List<String> sentences = new ArrayList<>();
        shown.forEach(message -> sentences.add(html(message, quoteLang)));
        return String.join(" ", sentences);
    }

    private String html(Message message, String quoteLang) {
        if (message.isVerbatim() || !quotesInOtherLanguage(quoteLang)) {
            return StringUtil.XHTMLEnc(of(message));
        }
        Object[] args = new Object[message.args().size()];
        Map<String, String> quotes = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            Object arg = message.args().get(i);
            if (arg instanceof String quoted) {
                // a marker no sentence holds, swapped for the marked-up quote once the sentence is escaped
                String marker = "\uE000" + i + "\uE001";
                quotes.put(marker, "<span lang=\"" + quoteLang + "\">" + StringUtil.XHTMLEnc(quoted) + "</span>");
                args[i] = marker;
            } else {
                args[i] = arg instanceof Message nested ? of(nested) : arg;
            }
        }
        String html = StringUtil.XHTMLEnc(new MessageFormat(sentence(message.key()), locale).format(args));
        for (Map.Entry<String, String> quote : quotes.entrySet()) {
            html = html.replace(quote.getKey(), quote.getValue());
        }
        return html;
    }

    private boolean quotesInOtherLanguage(String quoteLang) {
        return quoteLang != null && LANGUAGE_TAG.matcher(quoteLang).matches()
                && !quoteLang.split("-")[0].equalsIgnoreCase(locale.getLanguage());
    }

    /** What fails, as the statement's deviation lists it: the first occurrence's message, or the rule's id. */
    String of(Deviation deviation) {
        String text = of(shown(engineOf(deviation.rule()), deviation.rule(), deviation.whatFails()));
        return text.isEmpty() ? deviation.rule() : text;
    }

    /**
     * The language {@link #of(Finding)} is written in, for the {@code lang} of the element showing it:
     * this one, except a verbatim message from an older store, which is Dutch for ketenscan's own
     * rules (they wrote Dutch) and English otherwise.
     */
    String languageOf(Finding finding) {
        return languageOf(finding.engine(), finding.rule(), finding.message());
    }

    String languageOf(Deviation deviation) {
        return languageOf(engineOf(deviation.rule()), deviation.rule(), deviation.whatFails());
    }

    /** The language {@link #of(List)} is written in for a page's error: English for an older store's text. */
    String languageOf(List<Message> messages) {
        return messages != null && messages.stream().anyMatch(Message::isVerbatim) ? "en" : locale.getLanguage();
    }

    /**
     * An axe rule's name, e.g. "Afbeelding zonder tekstalternatief"; empty for ketenscan's own rules
     * and for an axe rule ketenscan does not run, which the bundle does not know.
     */
    Optional<String> ruleName(Finding example) {
        return axeRuleText(example, AxeRuleText.name(example.rule()));
    }

    /** What the rule checks: an own rule's description, an axe rule's explanation; null when unknown. */
    String ruleDescription(Finding example) {
        if (example.engine() == Engine.AXE) {
            return axeRuleText(example, AxeRuleText.explanation(example.rule())).orElse(null);
        }
        boolean english = locale.getLanguage().equals("en");
        return OwnRules.info(example.rule()).map(english ? RuleInfo::descriptionEn : RuleInfo::descriptionNl)
                .orElse(null);
    }

    /** How to fix what an axe rule finds; empty for own rules, whose messages say it. */
    Optional<String> ruleFix(Finding example) {
        return axeRuleText(example, AxeRuleText.fix(example.rule()));
    }

    private Optional<String> axeRuleText(Finding example, Message text) {
        return example.engine() == Engine.AXE && bundle.containsKey(text.key()) ? Optional.of(of(text))
                : Optional.empty();
    }

    private String languageOf(Engine engine, String rule, List<Message> messages) {
        List<Message> shown = shown(engine, rule, messages);
        return shown.stream().anyMatch(Message::isVerbatim)
                ? (engine == Engine.KETENSCAN ? "nl" : "en") : locale.getLanguage();
    }

    private List<Message> shown(Engine engine, String rule, List<Message> messages) {
        Message explanation = AxeRuleText.explanation(rule);
        boolean axeSummary = engine == Engine.AXE && messages.stream().anyMatch(Message::isVerbatim);
        return axeSummary && bundle.containsKey(explanation.key()) ? List.of(explanation) : messages;
    }

    /** Where only the rule id is left: an id that is not one of ketenscan's own rules is axe's. */
    private static Engine engineOf(String rule) {
        return OwnRules.info(rule).isPresent() ? Engine.KETENSCAN : Engine.AXE;
    }
}
