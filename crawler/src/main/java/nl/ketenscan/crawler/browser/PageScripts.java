package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts gatherers run in pages, kept as {@code .js} files beside this class so they read and
 * are reviewed as JavaScript. Each comes with {@code element-names.js} in front, so every gatherer
 * names the elements it reports the same way ({@code ketenscanSelector}, {@code ketenscanSnippet},
 * {@code ketenscanVisible}), reads the same text as text ({@code ketenscanReadableText}) and points the
 * pointer at an element alike ({@code ketenscanMiddle}).
 */
final class PageScripts {

    private static final String ELEMENT_NAMES = read("element-names.js");

    private PageScripts() {
    }

    /** The script {@code name} with the element-naming functions before it, ready for executeScript. */
    static String load(String name) {
        return ELEMENT_NAMES + "\n" + read(name);
    }

    private static String read(String name) {
        try (InputStream in = PageScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the ketenscan jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the ketenscan jar", e);
        }
    }
}
