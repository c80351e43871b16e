package nl.ketenscan.crawler.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The axe-core build that ketenscan injects: the one vendored beside this class ({@code axe/}), newer
 * than the copy inside axe-core-selenium, whose result model ketenscan keeps. Its checksum is checked
 * by the build; here its version banner is checked against the version the build declares, so a
 * stale file cannot run under a new name. Public for its version, which {@code ketenscan rules}
 * states without starting a browser.
 */
public final class AxeScript {

    private static final String FOLDER = "axe/";
    private static final Pattern VERSION = Pattern.compile("axe v(\\d+\\.\\d+\\.\\d+\\S*)");

    private final String source;
    private final String version;

    private AxeScript(String source, String declared) {
        this.source = source;
        Matcher m = VERSION.matcher(source.substring(0, Math.min(200, source.length())));
        if (!m.find()) {
            throw new IllegalStateException("axe.min.js does not start with its version banner; run scripts/update-axe");
        }
        if (!m.group(1).equals(declared)) {
            throw new IllegalStateException("axe.min.js is axe-core " + m.group(1) + " but the build declares "
                    + declared + "; run scripts/update-axe " + declared);
        }
        this.version = declared;
    }

    /** The axe-core this build of ketenscan injects. */
    public static AxeScript injected() {
        Properties declared = new Properties();
        try (InputStream properties = resource("axe.properties"); InputStream script = resource("axe.min.js")) {
            declared.load(properties);
            return new AxeScript(new String(script.readAllBytes(), StandardCharsets.UTF_8),
                    declared.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the injected axe-core", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AxeScript.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException(FOLDER + name + " is missing beside " + AxeScript.class.getName()
                    + "; the ketenscan jar is incomplete, rebuild it");
        }
        return in;
    }

    public String version() {
        return version;
    }

    String source() {
        return source;
    }
}
