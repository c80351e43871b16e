package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** ketenscan's own in-page scripts, kept as resources beside this class so they read as JavaScript. */
final class BrowserScripts {

    private BrowserScripts() {
    }

    static String read(String name) {
        try (InputStream in = BrowserScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + BrowserScripts.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the in-page script " + name, e);
        }
    }
}
