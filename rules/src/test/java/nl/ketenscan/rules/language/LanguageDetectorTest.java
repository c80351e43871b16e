package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.ketenscan.rules.language.LanguageDetector.Mismatch;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final List<String> TEXTS = List.of(
            "Lukt het niet meer om zelfstandig thuis te wonen of mee te doen in de buurt? Dan kunt u hulp vragen.",
            "Do you need help at home, for example with cleaning, transport or a wheelchair? Ask the municipality.",
            "Evde yardıma mı ihtiyacınız var, örneğin temizlik, ulaşım veya tekerlekli sandalye için?",
            "Czy potrzebujesz pomocy w domu, na przykład przy sprzątaniu, transporcie lub wózku inwalidzkim?",
            "Check de app, download de update en log in met je account. Support via chat, mail of phone.");

    @Test
    void judgesTheLanguagesResidentsRead() {
        LanguageDetector detector = Detectors.SHARED;

        assertEquals(Optional.empty(), detector.mismatch(TEXTS.get(0), SupportedLanguage.DUTCH));
        assertEquals(Optional.of(new Mismatch(SupportedLanguage.ENGLISH, true)),
                detector.mismatch(TEXTS.get(1), SupportedLanguage.DUTCH));
        assertEquals(Optional.of(new Mismatch(SupportedLanguage.TURKISH, true)),
                detector.mismatch(TEXTS.get(2), SupportedLanguage.DUTCH));
        assertEquals(Optional.of(new Mismatch(SupportedLanguage.POLISH, true)),
                detector.mismatch(TEXTS.get(3), SupportedLanguage.ENGLISH));
        assertEquals(Optional.of(new Mismatch(SupportedLanguage.ENGLISH, false)),
                detector.mismatch(TEXTS.get(4), SupportedLanguage.DUTCH), "Dutch crowded with English is for a person");
    }

    @Test
    void textItCannotReadIsNoMismatch() {
        assertEquals(Optional.empty(), Detectors.SHARED.mismatch(
                "Ви можете подати заявку на паспорт або посвідчення особи у ратуші.", SupportedLanguage.DUTCH));
        assertEquals(Optional.empty(), Detectors.SHARED.mismatch("", SupportedLanguage.DUTCH));
        assertEquals(Optional.empty(), Detectors.SHARED.mismatch("085 123 45 67 – € 21,80", SupportedLanguage.DUTCH));
    }

    @Test
    void workerThreadsStartingTogetherOnAFreshDetectorGetTheAnswersOneThreadGets() throws Exception {
        List<Optional<Mismatch>> alone = TEXTS.stream()
                .map(text -> Detectors.SHARED.mismatch(text, SupportedLanguage.DUTCH)).toList();
        LanguageDetector fresh = new LanguageDetector();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<Mismatch>>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(workers.submit(() -> {
                    start.await();
                    return TEXTS.stream().map(text -> fresh.mismatch(text, SupportedLanguage.DUTCH)).toList();
                }));
            }
            start.countDown();
            for (Future<List<Optional<Mismatch>>> answer : answers) {
                assertEquals(alone, answer.get());
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void langValuesAreReadByTheirPrimarySubtag() {
        assertEquals(Optional.of(SupportedLanguage.DUTCH), SupportedLanguage.ofLangAttribute("nl-NL"));
        assertEquals(Optional.of(SupportedLanguage.ENGLISH), SupportedLanguage.ofLangAttribute(" EN "));
        assertEquals(Optional.of(SupportedLanguage.ARABIC), SupportedLanguage.ofLangAttribute("ar_MA"));
        assertEquals(Optional.empty(), SupportedLanguage.ofLangAttribute("fy"));
        assertEquals(Optional.empty(), SupportedLanguage.ofLangAttribute("nederlands"));
        assertEquals(Optional.empty(), SupportedLanguage.ofLangAttribute(""));
    }
}
