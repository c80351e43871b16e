package nl.ketenscan.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;

/**
 * Measures the language rules against their budget: how long the detector takes to start (the
 * common eight languages' models load on the first page, all 75 on the first page those are unsure
 * of), how much heap it holds afterwards, and how long both rules take on a page of 1,000 words. Run it in a JVM of its own, so that the heap figures are its own.
 *
 * <p>The language-of-parts rule remembers its verdicts on recent passages, so each timed page is
 * one it has not met: every passage carries a number of its own, which lingua strips before it
 * judges, so that it does the same work as on the page without numbers. A page met again, as a
 * site's template is, is timed apart.
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

    private static final String DANISH_PAGE = "<html lang=\"nl\"><body><main><p>Kommunen tilbyder hjælp til"
            + " borgere, der har brug for støtte i hverdagen. Du kan søge om hjælp til rengøring, indkøb og personlig"
            + " pleje. Kontakt borgerservice for at få mere at vide om dine muligheder.</p></main></body></html>";

    private LanguageBench() {
    }

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        PageContent first = thousandWordPage(0);
        long heapBefore = heapAfterGc(memory);

        long start = System.nanoTime();
        LanguageDetector detector = new LanguageDetector();
        PageRule pageLanguage = new PageLanguageRule(detector);
        PageRule languageOfParts = new LanguageOfPartsRule(detector);
        pageLanguage.check(first);
        double startupMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = heapAfterGc(memory);

        long allStart = System.nanoTime();
        List<Finding> danish = pageLanguage.check(PageContent.parse("http://127.0.0.1/da/", DANISH_PAGE));
        double allStartupMillis = (System.nanoTime() - allStart) / 1e6;
        long heapAfterAll = heapAfterGc(memory);

        for (int i = 1; i <= WARM_UP_PAGES; i++) {
            PageContent page = thousandWordPage(i);
            pageLanguage.check(page);
            languageOfParts.check(page);
        }
        Timing pageLanguageTime = Timing.NONE;
        Timing partsTime = Timing.NONE;
        PageContent page = first;
        for (int i = 0; i < pages; i++) {
            page = thousandWordPage(WARM_UP_PAGES + 1 + i);
            pageLanguageTime = pageLanguageTime.plus(time(pageLanguage, page));
            partsTime = partsTime.plus(time(languageOfParts, page));
        }
        Timing metAgain = Timing.NONE;
        for (int i = 0; i < pages; i++) {
            metAgain = metAgain.plus(time(pageLanguage, page)).plus(time(languageOfParts, page));
        }

        System.out.printf(Locale.ROOT, "%nlanguage detector start-up: %6.0f ms   (budget <= 2000 ms)%n", startupMillis);
        System.out.printf(Locale.ROOT, "heap after load (after GC): %6.1f MB   (budget <= 150 MB; %.1f MB before)%n",
                heapAfter / 1048576.0, heapBefore / 1048576.0);
        System.out.printf(Locale.ROOT, "all 75 languages, loaded on the first page the common eight are unsure of"
                + " (a Danish page declared Dutch): %.0f ms, heap after %.1f MB; finding: %s%n", allStartupMillis,
                heapAfterAll / 1048576.0, danish.isEmpty() ? "none" : danish.get(0).message());
        System.out.printf(Locale.ROOT, "page of 1,000 words:        %6.2f ms   (budget <= 5 ms; CPU %.2f ms;"
                        + " page-language %.2f ms, language-of-parts %.2f ms)%n",
                (pageLanguageTime.wallNanos() + partsTime.wallNanos()) / 1e6 / pages,
                (pageLanguageTime.cpuNanos() + partsTime.cpuNanos()) / 1e6 / pages,
                pageLanguageTime.wallNanos() / 1e6 / pages, partsTime.wallNanos() / 1e6 / pages);
        System.out.printf(Locale.ROOT, "the same page met again:    %6.2f ms   (CPU %.2f ms, its verdicts remembered)%n",
                metAgain.wallNanos() / 1e6 / pages, metAgain.cpuNanos() / 1e6 / pages);
        System.out.printf(Locale.ROOT, "language-of-parts findings on it: %d (the English paragraph)%n",
                languageOfParts.check(page).size());
    }

    /**
     * Wall time and CPU time of the whole process for one check. The CPU time counts the common-pool
     * thread lingua hands its work to, and stays meaningful when other processes load the machine.
     */
    private static Timing time(PageRule rule, PageContent page) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        rule.check(page);
        return new Timing(System.nanoTime() - start, os.getProcessCpuTime() - cpuStart);
    }

    record Timing(long wallNanos, long cpuNanos) {

        static final Timing NONE = new Timing(0, 0);

        Timing plus(Timing other) {
            return new Timing(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos);
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Sections of a heading, three paragraphs and a short list, and one English paragraph among them;
     * each passage ends in a number made of the page's and its own, so no two passages are the same.
     */
    private static PageContent thousandWordPage(int number) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Bench</title></head>"
                + "<body><main><h1>Wmo-ondersteuning</h1>");
        int words = 0;
        int sentence = 0;
        int passage = 0;
        for (int section = 1; words < 1_000; section++) {
            html.append("<h2>Onderwerp ").append(section).append("</h2>");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                String text = DUTCH.get(sentence++ % DUTCH.size()) + " " + DUTCH.get(sentence++ % DUTCH.size());
                html.append("<p>").append(text).append(' ').append(number).append('-').append(passage++).append("</p>");
                words += text.split(" ").length;
            }
            String item = DUTCH.get(sentence++ % DUTCH.size());
            html.append("<ul><li>").append(item).append(' ').append(number).append('-').append(passage++)
                    .append("</li></ul>");
            words += item.split(" ").length;
            if (section == 3) {
                html.append("<p>").append(ENGLISH).append(' ').append(number).append('-').append(passage++)
                        .append("</p>");
                words += ENGLISH.split(" ").length;
            }
        }
        return PageContent.parse("http://127.0.0.1/", html.append("</main></body></html>").toString());
    }
}
