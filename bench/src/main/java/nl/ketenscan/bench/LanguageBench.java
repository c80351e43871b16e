package nl.ketenscan.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;

/**
 * Measures the language rules against their budget: how long the detector takes to start (its
 * models load on the first page), how much heap it holds afterwards, and how long both rules take
 * on a page of 1,000 words. Run it in a JVM of its own, so that the heap figures are its own.
 *
 * <p>Usage: {@code LanguageBench [pages to time]}
 */
public final class LanguageBench {

    private static final int WARM_UP_PAGES = 300;

    /** Municipal Dutch, cycled into paragraphs, list items and headings until the page holds 1,000 words. */
    private static final List<String> DUTCH = List.of(
            "Lukt het niet meer om zelfstandig thuis te wonen of mee te doen in de buurt?",
            "Dan kunt u ondersteuning aanvragen via de Wet maatschappelijke ondersteuning.",
            "Een consulent maakt een afspraak voor een gesprek, meestal bij u thuis.",
            "Samen bekijken we wat u zelf kunt en waarbij u hulp nodig heeft.",
            "Binnen zes weken na uw melding krijgt u een verslag van het gesprek.",
            "Voor de meeste ondersteuning betaalt u een eigen bijdrage per maand.",
            "Welzijn Lindeveen helpt mantelzorgers met advies en tijdelijke vervanging.",
            "De gft-container wordt elke twee weken geleegd, zet hem voor half acht aan de straat.");
    private static final String ENGLISH = "Do you need help at home, for example with cleaning, transport or a"
            + " wheelchair? Under the Social Support Act you can ask the municipality for support.";

    private LanguageBench() {
    }

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        PageContent page = PageContent.parse("http://127.0.0.1/", thousandWordPage());
        long heapBefore = heapAfterGc(memory);

        long start = System.nanoTime();
        LanguageDetector detector = new LanguageDetector();
        PageRule pageLanguage = new PageLanguageRule(detector);
        PageRule languageOfParts = new LanguageOfPartsRule(detector);
        pageLanguage.check(page);
        double startupMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = heapAfterGc(memory);

        for (int i = 0; i < WARM_UP_PAGES; i++) {
            pageLanguage.check(page);
            languageOfParts.check(page);
        }
        Timing pageLanguageTime = timePerPage(pageLanguage, page, pages);
        Timing partsTime = timePerPage(languageOfParts, page, pages);

        System.out.printf(Locale.ROOT, "%nlanguage detector start-up: %6.0f ms   (budget <= 2000 ms)%n", startupMillis);
        System.out.printf(Locale.ROOT, "heap after load (after GC): %6.1f MB   (budget <= 150 MB; %.1f MB before)%n",
                heapAfter / 1048576.0, heapBefore / 1048576.0);
        System.out.printf(Locale.ROOT, "page of 1,000 words:        %6.2f ms   (budget <= 5 ms; CPU %.2f ms;"
                        + " page-language %.2f ms, language-of-parts %.2f ms)%n",
                pageLanguageTime.wallMillis() + partsTime.wallMillis(),
                pageLanguageTime.cpuMillis() + partsTime.cpuMillis(), pageLanguageTime.wallMillis(),
                partsTime.wallMillis());
        System.out.printf(Locale.ROOT, "language-of-parts findings on it: %d (the English paragraph)%n",
                languageOfParts.check(page).size());
    }

    /**
     * Wall time and CPU time of the whole process per page. The CPU time counts the common-pool
     * thread lingua hands its work to, and stays meaningful when other processes load the machine.
     */
    private static Timing timePerPage(PageRule rule, PageContent page, int pages) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            rule.check(page);
        }
        return new Timing((System.nanoTime() - start) / 1e6 / pages, (os.getProcessCpuTime() - cpuStart) / 1e6 / pages);
    }

    record Timing(double wallMillis, double cpuMillis) {
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Sections of a heading, three paragraphs and a short list, and one English paragraph among them. */
    private static String thousandWordPage() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Bench</title></head>"
                + "<body><main><h1>Wmo-ondersteuning</h1>");
        int words = 0;
        int sentence = 0;
        for (int section = 1; words < 1_000; section++) {
            html.append("<h2>Onderwerp ").append(section).append("</h2>");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                String text = DUTCH.get(sentence++ % DUTCH.size()) + " " + DUTCH.get(sentence++ % DUTCH.size());
                html.append("<p>").append(text).append("</p>");
                words += text.split(" ").length;
            }
            html.append("<ul><li>").append(DUTCH.get(sentence % DUTCH.size())).append("</li></ul>");
            words += DUTCH.get(sentence++ % DUTCH.size()).split(" ").length;
            if (section == 3) {
                html.append("<p>").append(ENGLISH).append("</p>");
                words += ENGLISH.split(" ").length;
            }
        }
        return html.append("</main></body></html>").toString();
    }
}
