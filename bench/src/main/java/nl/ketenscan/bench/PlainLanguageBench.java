package nl.ketenscan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.plaintext.DutchSyllables;
import nl.ketenscan.rules.plaintext.PlainLanguageAudit;

/**
 * The plain-Dutch (B1) audit's three figures: how exactly it counts syllables on the list of known
 * words, how often a municipal text rewritten into B1 comes out easier than the original and how
 * often each gets its level, for short texts (40 to 100 words) and longer ones, and how long the
 * audit takes per 1,000 words (budget: 2 ms).
 *
 * <p>Usage, from the repository root: {@code PlainLanguageBench [plaintext-dir] [demo-page]}, by
 * default {@code rules/src/test/resources/plaintext} and the demo's /bijstand/ page.
 */
public final class PlainLanguageBench {

    private static final int WARM_UP_ROUNDS = 300;
    private static final int MEASURED_ROUNDS = 1_000;

    private PlainLanguageBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "rules/src/test/resources/plaintext");
        Path demoPage = Path.of(args.length > 1 ? args[1] : "cli/src/main/resources/demo/gemeente/bijstand/index.html");
        PlainLanguageAudit audit = new PlainLanguageAudit();

        syllables(data.resolve("syllables.tsv"));
        List<String> texts = new ArrayList<>(evaluation(audit, data.resolve("eval-short"),
                "short texts, 40 to 100 words (eval-short)"));
        texts.addAll(evaluation(audit, data.resolve("eval"), "long texts, 130 to 180 words (eval)"));
        speedOfTexts(audit, texts);
        speedOfPage(audit, Files.readString(demoPage, StandardCharsets.UTF_8));
    }

    private static void syllables(Path list) throws IOException {
        int words = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            int known = Integer.parseInt(columns[1].trim());
            int counted = DutchSyllables.count(columns[0]);
            words++;
            if (counted != known) {
                misses.add(columns[0] + " " + counted + " (is " + known + ")");
            }
        }
        System.out.printf(Locale.ROOT, "syllables: %d of %d words exact (%.1f%%); misses: %s%n", words - misses.size(),
                words, 100.0 * (words - misses.size()) / words, misses);
    }

    /**
     * Prints per pair the difficulty before and after with its band, then how often the rewrite came
     * out easier, how often each text got its level, and how many levels the audit itself called
     * uncertain; returns every text for the speed test.
     */
    private static List<String> evaluation(PlainLanguageAudit audit, Path dir, String label) throws IOException {
        List<Path> befores;
        try (Stream<Path> files = Files.list(dir)) {
            befores = files.filter(f -> f.getFileName().toString().endsWith(".before.txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        int easier = 0;
        int levelsRight = 0;
        int uncertain = 0;
        int notJudged = 0;
        System.out.printf(Locale.ROOT, "%n%s%n%-26s %-34s %-34s%n", label, "pair", "before", "after");
        for (Path before : befores) {
            String name = before.getFileName().toString().replace(".before.txt", "");
            String beforeText = Files.readString(before, StandardCharsets.UTF_8);
            String afterText = Files.readString(dir.resolve(name + ".after.txt"), StandardCharsets.UTF_8);
            texts.add(beforeText);
            texts.add(afterText);
            Optional<PlainLanguage> b = audit.analyseText(beforeText);
            Optional<PlainLanguage> a = audit.analyseText(afterText);
            notJudged += (b.isEmpty() ? 1 : 0) + (a.isEmpty() ? 1 : 0);
            if (b.isEmpty() || a.isEmpty()) {
                System.out.printf(Locale.ROOT, "%-26s not judged: %s%n", name, b.isEmpty() ? "before" : "after");
                continue;
            }
            easier += a.get().difficulty() < b.get().difficulty() ? 1 : 0;
            levelsRight += (b.get().level() == PlainLanguage.Level.ABOVE_B1 ? 1 : 0)
                    + (a.get().level() == PlainLanguage.Level.B1_OR_EASIER ? 1 : 0);
            uncertain += (b.get().uncertainty().levelCertain() ? 0 : 1) + (a.get().uncertainty().levelCertain() ? 0 : 1);
            System.out.printf(Locale.ROOT, "%-26s %-34s %-34s%n", name, shown(b.get()), shown(a.get()));
        }
        System.out.printf(Locale.ROOT, "%s: the B1 rewrite came out easier in %d of %d pairs; %d of %d texts got the"
                + " expected level (before above-B1, after B1-or-easier); %d levels marked uncertain; %d texts not"
                + " judged%n", label, easier, befores.size(), levelsRight, 2 * befores.size(), uncertain, notJudged);
        return texts;
    }

    private static String shown(PlainLanguage plain) {
        return String.format(Locale.ROOT, "%5.1f [%4.1f-%4.1f] %s%s", plain.difficulty(),
                plain.uncertainty().difficultyLow(), plain.uncertainty().difficultyHigh(), plain.level().id(),
                plain.uncertainty().levelCertain() ? "" : "?");
    }

    private static void speedOfTexts(PlainLanguageAudit audit, List<String> texts) {
        long words = 0;
        for (String text : texts) {
            words += audit.analyseText(text).orElseThrow().words();
        }
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(audit::analyseText);
        }
        Timer timer = Timer.start();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            texts.forEach(audit::analyseText);
        }
        timer.print("plain texts of the evaluation set", words, MEASURED_ROUNDS);
    }

    /** A whole page as a scan sees it: main-content extraction included, HTML parsing (shared with other rules) not. */
    private static void speedOfPage(PlainLanguageAudit audit, String html) {
        PageContent page = PageContent.parse("http://127.0.0.1/bijstand/", html);
        int words = audit.analyse(page).orElseThrow().words();
        for (int round = 0; round < WARM_UP_ROUNDS * 10; round++) {
            audit.analyse(page);
        }
        Timer timer = Timer.start();
        int rounds = MEASURED_ROUNDS * 10;
        for (int round = 0; round < rounds; round++) {
            audit.analyse(page);
        }
        timer.print("the demo's /bijstand/ page", words, rounds);
    }

    /**
     * CPU time of this thread, which is what the audit costs; wall time beside it, which on a busy
     * machine also holds the time the thread waited for a core.
     */
    private record Timer(long cpuStart, long wallStart) {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static Timer start() {
            return new Timer(THREADS.getCurrentThreadCpuTime(), System.nanoTime());
        }

        void print(String what, long words, int rounds) {
            double thousands = words * (double) rounds / 1000;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / thousands;
            double wall = (System.nanoTime() - wallStart) / 1e6 / thousands;
            System.out.printf(Locale.ROOT, "speed, %s: %.3f ms CPU per 1,000 words (wall %.3f ms; %d words,"
                    + " %d rounds)%n", what, cpu, wall, words, rounds);
        }
    }
}
