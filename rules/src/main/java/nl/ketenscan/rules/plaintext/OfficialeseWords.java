package nl.ketenscan.rules.plaintext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenscan.rules.Message;

/**
 * Officialese ("ambtelijke taal": indien, middels, teneinde, ter zake…) with the plain word that
 * says the same at level B1. The pairs live in {@code ambtelijk.tsv} beside this class, so that
 * editors and language advisers can extend the list without reading code.
 *
 * <p>Phrases of several words are matched before the single words inside them, so "ter
 * beschikking stellen" is one hit, not also "beschikking".
 */
final class OfficialeseWords {

    private static final String RESOURCE = "ambtelijk.tsv";

    /** One officialese word or phrase found in a sentence, with its plain alternative. */
    record Hit(String officialese, String alternative) {

        /** As the report shows it, in either language: "indien → als". */
        Message advice() {
            return Message.of("plain-language.officialese", officialese, alternative);
        }
    }

    private record Entry(String[] words, String phrase, String alternative) {
    }

    /** Entries by their first word, longest phrase first. */
    private final Map<String, List<Entry>> byFirstWord;
    private final int size;

    private OfficialeseWords(Map<String, List<Entry>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    /** The list that ships with ketenscan. */
    static OfficialeseWords load() {
        try (InputStream in = OfficialeseWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the ketenscan jar; rebuild it");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the ketenscan jar; rebuild it", e);
        }
    }

    static OfficialeseWords parse(String tsv) {
        Map<String, List<Entry>> byFirstWord = new HashMap<>();
        int size = 0;
        int lineNumber = 0;
        for (String line : tsv.split("\\R")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNumber
                        + " must be 'officialese<TAB>alternative', found: " + line);
            }
            String phrase = columns[0].strip().toLowerCase(Locale.ROOT);
            Entry entry = new Entry(phrase.split(" +"), phrase, columns[1].strip());
            byFirstWord.computeIfAbsent(entry.words()[0], k -> new ArrayList<>()).add(entry);
            size++;
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.words().length)));
        return new OfficialeseWords(byFirstWord, size);
    }

    /** How many pairs the list holds. */
    int size() {
        return size;
    }

    /** The officialese in a sentence given as its lower-case words, in the order it occurs. */
    List<Hit> find(List<String> lowerWords) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < lowerWords.size()) {
            List<Entry> candidates = byFirstWord.get(lowerWords.get(i));
            Entry match = candidates == null ? null : firstMatch(candidates, lowerWords, i);
            if (match == null) {
                i++;
            } else {
                hits.add(new Hit(match.phrase(), match.alternative()));
                i += match.words().length;
            }
        }
        return hits;
    }

    private static Entry firstMatch(List<Entry> candidates, List<String> words, int at) {
        for (Entry entry : candidates) {
            if (at + entry.words().length > words.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < entry.words().length && same; k++) {
                same = entry.words()[k].equals(words.get(at + k));
            }
            if (same) {
                return entry;
            }
        }
        return null;
    }
}
