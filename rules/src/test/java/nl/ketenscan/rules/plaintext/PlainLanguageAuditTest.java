package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.ketenscan.rules.MessageBundles;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.PlainLanguage.Level;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.NotJudged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Reason;
import org.junit.jupiter.api.Test;

class PlainLanguageAuditTest {

    private static final String OFFICIALESE = """
            Teneinde in aanmerking te komen voor bijzondere bijstand dient belanghebbende, indien hij of zij niet \
            beschikt over de middelen om te voorzien in de noodzakelijke kosten van het bestaan, middels het daartoe \
            vastgestelde aanvraagformulier een aanvraag in te dienen bij het college van burgemeester en wethouders.

            De aanvraag wordt derhalve binnen acht weken na ontvangst door het college behandeld, waarna een \
            beschikking wordt afgegeven. Indien belanghebbende de ter zake dienende gegevens niet tijdig overlegt, kan \
            de behandeling van de aanvraag worden opgeschort. Voorts is belanghebbende gehouden om onverwijld \
            mededeling te doen van alle wijzigingen in zijn of haar omstandigheden die van invloed kunnen zijn op het \
            recht op bijstand.
            """;

    private final PlainLanguageAudit audit = new PlainLanguageAudit();

    private static String resource(String name) throws IOException {
        try (InputStream in = PlainLanguageAuditTest.class.getResourceAsStream("/plaintext/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEasyPageIsB1OrEasierWithNothingWorthRewriting() throws IOException {
        PlainLanguage verdict = audit.analyse(PageContent.parse("https://lindeveen.example/afval/",
                resource("easy-page.html"))).orElseThrow();
        assertEquals(Level.B1_OR_EASIER, verdict.level());
        assertTrue(verdict.difficulty() < 30, "difficulty " + verdict.difficulty());
        assertTrue(verdict.fleschDouma() > 70, "Flesch-Douma " + verdict.fleschDouma());
        assertEquals(List.of(), verdict.rewrites());
    }

    @Test
    void onlyTheMainContentIsCounted() throws IOException {
        PlainLanguage verdict = audit.analyse(PageContent.parse("https://lindeveen.example/afval/",
                resource("easy-page.html"))).orElseThrow();
        assertEquals(139, verdict.words());
        assertEquals(21, verdict.sentences());
    }

    @Test
    void anOfficialeseTextIsAboveB1AndItsSentencesToRewriteSayWhy() {
        PlainLanguage verdict = audit.analyseText(OFFICIALESE).orElseThrow();
        assertEquals(Level.ABOVE_B1, verdict.level());
        assertTrue(verdict.difficulty() > 70, "difficulty " + verdict.difficulty());
        assertEquals(4, verdict.sentences());
        PlainLanguage.Rewrite first = verdict.rewrites().get(0);
        assertTrue(first.sentence().startsWith("Teneinde in aanmerking"), first.sentence());
        MessageBundles.assertWorded(first.reasons(), "the reasons to rewrite");
        assertEquals("46 woorden (langer dan 20)", words(first, "nl").get(0));
        assertEquals("46 words (longer than 20)", words(first, "en").get(0));
        assertTrue(words(first, "nl").containsAll(List.of("teneinde → om", "indien → als", "middels → met, door")),
                words(first, "nl").toString());
        assertTrue(verdict.rewrites().stream().anyMatch(r -> words(r, "nl").contains("lijdende vorm: wordt … behandeld")
                        && words(r, "en").contains("passive voice: wordt … behandeld")), verdict.rewrites().toString());
    }

    @Test
    void theThresholdsDecideWhatCountsAsLong() {
        PlainLanguageAudit strict = new PlainLanguageAudit(PlainLanguageThresholds.DEFAULTS.withLongSentenceWords(50),
                new LanguageDetector());
        PlainLanguage verdict = strict.analyseText(OFFICIALESE).orElseThrow();
        assertTrue(verdict.rewrites().stream().flatMap(r -> r.reasons().stream())
                        .noneMatch(r -> r.key().equals("plain-language.long")), verdict.rewrites().toString());
    }

    @Test
    void atMostTheConfiguredNumberOfDifferentSentencesIsSuggested() {
        String many = OFFICIALESE + "\n\n" + OFFICIALESE.replace("acht", "zes").replace("college", "bestuur");
        assertEquals(PlainLanguageThresholds.DEFAULTS.maxRewrites(), audit.analyseText(many).orElseThrow().rewrites().size());
    }

    @Test
    void aTextWithTooFewWordsIsNotJudged() {
        assertEquals(Optional.empty(), audit.analyseText("Heeft u vragen? Bel ons op 14 0599."));
        PlainLanguageAudit lenient = new PlainLanguageAudit(PlainLanguageThresholds.DEFAULTS.withMinimumWords(5),
                new LanguageDetector());
        assertTrue(lenient.analyseText("Heeft u vragen? Bel ons op 14 0599.").isPresent());
    }

    @Test
    void aPageInAnotherLanguageIsNotJudgedWhateverItsLangSays() {
        String english = "<html lang=\"nl-NL\"><body><main><p>" + "This page is written in English for visitors. ".repeat(8)
                + "</p></main></body></html>";
        PlainLanguageJudgement judgement = audit.judge(PageContent.parse("https://lindeveen.example/en/", english));
        NotJudged notJudged = assertInstanceOf(NotJudged.class, judgement);
        assertEquals(Reason.OTHER_LANGUAGE, notJudged.reason());
        assertEquals("en", notJudged.language());
        assertTrue(notJudged.dutch().contains("lijkt Engels"), notJudged.dutch());
        String dutch = "<html lang=\"en\"><body><main><p>" + OFFICIALESE + "</p></main></body></html>";
        assertTrue(audit.analyse(PageContent.parse("https://lindeveen.example/nl/", dutch)).isPresent(),
                "Dutch text is judged whatever its lang says");
    }

    @Test
    void aShortTextGetsALevelWithAWiderBandThanALongOne() {
        String shortText = "U vraagt een paspoort aan bij de gemeente. Maak eerst een afspraak. Dat kan online of met"
                + " de telefoon. Neem een goede pasfoto mee. Neem ook uw oude paspoort mee. U betaalt aan de balie"
                + " met uw pinpas. Na vijf werkdagen ligt uw paspoort klaar.";
        PlainLanguage verdict = audit.analyseText(shortText).orElseThrow();
        assertEquals(PlainLanguage.Level.B1_OR_EASIER, verdict.level());
        PlainLanguage.Uncertainty band = verdict.uncertainty();
        assertTrue(band.difficultyLow() <= verdict.difficulty() && verdict.difficulty() <= band.difficultyHigh(),
                band.toString());
        PlainLanguage.Uncertainty longBand = audit.analyseText((shortText + "\n\n").repeat(8)).orElseThrow().uncertainty();
        assertTrue(longBand.difficultyHigh() - longBand.difficultyLow() < band.difficultyHigh() - band.difficultyLow(),
                band + " vs " + longBand);
    }

    @Test
    void theLevelIsUncertainWhenTheBandCrossesTheLimit() {
        String mixed = OFFICIALESE.substring(0, OFFICIALESE.indexOf('.') + 1)
                + " Bel ons. Kom langs. Wij helpen u graag. Dat is gratis.";
        PlainLanguage verdict = new PlainLanguageAudit(PlainLanguageThresholds.DEFAULTS.withMinimumWords(20),
                new LanguageDetector()).analyseText(mixed).orElseThrow();
        assertFalse(verdict.uncertainty().levelCertain(), verdict.uncertainty().toString());
    }

    @Test
    void aTextTooShortSaysHowManyWordsItHas() {
        NotJudged notJudged = assertInstanceOf(NotJudged.class, audit.judgeText("Heeft u vragen? Bel ons op 14 0599."));
        assertEquals(Reason.TOO_SHORT, notJudged.reason());
        assertEquals("Niet beoordeeld: de tekst heeft 8 woorden lopende tekst, minder dan 40.", notJudged.dutch());
    }

    @Test
    void aLongPageIsAlsoJudgedSectionBySectionUnderItsHeadings() {
        String plain = "<p>Wilt u een nieuwe container? Vraag hem aan op onze website. U krijgt binnen twee weken"
                + " een nieuwe container. Zet de oude container op de dag van de wissel aan de straat. Wij nemen hem"
                + " dan mee. Heeft u vragen? Bel ons op werkdagen.</p>";
        String html = "<html lang=\"nl\"><body><main><h1>Afval</h1>" + plain
                + "<h2>Bijzondere bijstand</h2><p>" + OFFICIALESE.replace("\n\n", "</p><p>") + "</p>"
                + "<h2>Grofvuil</h2>" + plain + "</main></body></html>";

        PlainLanguage verdict = audit.analyse(PageContent.parse("https://gemeente.example/afval/", html)).orElseThrow();

        List<PlainLanguage.Section> sections = verdict.sections();
        assertEquals(List.of("Afval", "Bijzondere bijstand", "Grofvuil"),
                sections.stream().map(PlainLanguage.Section::heading).toList());
        assertEquals(Level.B1_OR_EASIER, sections.get(0).level());
        assertEquals(Level.ABOVE_B1, sections.get(1).level());
        assertTrue(sections.get(1).uncommonWordShare() > sections.get(0).uncommonWordShare(),
                "officialese holds more uncommon words");
        assertTrue(sections.get(1).difficulty() > verdict.difficulty(), "the hard section is harder than the page");
    }

    @Test
    void aShortPageHasNoSectionsOfItsOwn() {
        String html = "<html lang=\"nl\"><body><main><h1>Bijstand</h1><p>" + OFFICIALESE + "</p><h2>Contact</h2>"
                + "<p>Bel ons.</p></main></body></html>";

        PlainLanguage verdict = audit.analyse(PageContent.parse("https://gemeente.example/", html)).orElseThrow();

        assertEquals(List.of(), verdict.sections(), "only one section holds enough words");
        assertTrue(verdict.uncommonWordShare() > 0.04, "teneinde, belanghebbende, middels…");
    }

    /** The reasons to rewrite as a report in {@code language} words them. */
    private static List<String> words(PlainLanguage.Rewrite rewrite, String language) {
        return rewrite.reasons().stream().map(reason -> MessageBundles.text(reason, language)).toList();
    }
}
