package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The axe-core build that ketenscan injects: the one bundled in axe-core-selenium, so the results are
 * those the wrapper itself would report. Public for its version, which {@code ketenscan rules} states
 * without starting a browser.
 */
public final class AxeScript {

    private static final String BUNDLED = "/axe.min.js";
    private static final Pattern VERSION = Pattern.compile("axe v(\\d+\\.\\d+\\.\\d+\\S*)");

    private final String source;
    private final String version;

    private AxeScript(String source) {
        this.source = source;
        Matcher m = VERSION.matcher(source.substring(0, Math.min(200, source.length())));
        if (!m.find()) {
            throw new IllegalStateException("the bundled axe.min.js does not start with its version banner");
        }
        this.version = m.group(1);
    }

    public static AxeScript bundled() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED
                        + " is missing from the classpath; the axe-core selenium jar must be on it");
            }
            return new AxeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled " + BUNDLED, e);
        }
    }

    public String version() {
        return version;
    }

    String source() {
        return source;
    }
}
