package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.ketenscan.rules.language.LanguageDetector.Mismatch;
import org.junit.jupiter.api.Test;

class RecentVerdictsTest {

    private static final Optional<Mismatch> ENGLISH = Optional.of(new Mismatch(SupportedLanguage.ENGLISH, true));

    private final AtomicInteger judged = new AtomicInteger();
    private final Supplier<Optional<Mismatch>> judge = () -> {
        judged.incrementAndGet();
        return ENGLISH;
    };

    @Test
    void aPassageMetAgainInTheSameLanguageIsNotJudgedAgain() {
        RecentVerdicts recent = new RecentVerdicts(100);

        assertEquals(ENGLISH, recent.verdict("Contact us", SupportedLanguage.DUTCH, judge));
        assertEquals(ENGLISH, recent.verdict("Contact us", SupportedLanguage.DUTCH, judge));
        assertEquals(1, judged.get());

        recent.verdict("Contact us", SupportedLanguage.GERMAN, judge);
        recent.verdict("Contact us!", SupportedLanguage.DUTCH, judge);
        assertEquals(3, judged.get(), "another expected language or another text is judged");
    }

    @Test
    void remembersOnlyTheMostRecentlyUsedPassagesThatFitItsCharacters() {
        RecentVerdicts recent = new RecentVerdicts(10);
        recent.verdict("kop..", SupportedLanguage.DUTCH, judge);
        recent.verdict("voet.", SupportedLanguage.DUTCH, judge);
        recent.verdict("kop..", SupportedLanguage.DUTCH, judge);
        recent.verdict("menu.", SupportedLanguage.DUTCH, judge);
        assertEquals(3, judged.get());

        recent.verdict("kop..", SupportedLanguage.DUTCH, judge);
        assertEquals(3, judged.get(), "kop was used more recently than voet");
        recent.verdict("voet.", SupportedLanguage.DUTCH, judge);
        assertEquals(4, judged.get());
    }

    @Test
    void aPassageLongerThanItsCharactersIsJudgedEachTime() {
        RecentVerdicts recent = new RecentVerdicts(10);
        recent.verdict("kop..", SupportedLanguage.DUTCH, judge);
        recent.verdict("een hele lange alinea", SupportedLanguage.DUTCH, judge);
        recent.verdict("een hele lange alinea", SupportedLanguage.DUTCH, judge);
        recent.verdict("kop..", SupportedLanguage.DUTCH, judge);

        assertEquals(3, judged.get(), "the long passage pushed nothing out");
    }
}
