package nl.ketenscan.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A curated list of words or phrases that a rule ships as a resource beside its class, so that
 * people who know the language can extend it without reading Java. One entry a line, UTF-8; lines
 * starting with {@code #} and blank lines are left out.
 */
public final class PhraseFile {

    private PhraseFile() {
    }

    /**
     * @param owner the rule class; {@code name} is resolved in its package
     * @throws IllegalStateException when the file is missing, which only a broken build causes
     */
    public static List<String> read(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing beside " + owner.getName() + "; rebuild ketenscan");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " beside " + owner.getName(), e);
        }
    }
}
