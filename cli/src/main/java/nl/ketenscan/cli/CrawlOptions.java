package nl.ketenscan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.HashRoutes;
import picocli.CommandLine.Option;

/**
 * How the crawler presents itself and what it runs: the contact in its User-Agent, credentials for
 * pages behind a login, and whether a browser checks the pages.
 *
 * <p>Credentials come from files or the environment, never from the command line itself, where
 * other users of the machine and CI logs can read them.
 */
final class CrawlOptions {

    static final String HEADERS_VARIABLE = "KETENSCAN_HEADERS";
    static final String COOKIES_VARIABLE = "KETENSCAN_COOKIES";
    private static final Pattern CONTACT = Pattern.compile("(https?://|mailto:)[^\\s()<>;]+");

    @Option(names = "--no-browser", description = "Static mode: fetch pages and run ketenscan's own rules on their "
            + "HTML, without Chromium and axe-core. Fast, for quick content checks; the report says axe did not run.")
    boolean noBrowser;

    @Option(names = "--hash-routes", paramLabel = "MODE", defaultValue = "auto",
            description = "Whether links to #/route or #!/route fragments are pages of their own (single-page sites"
            + " that route by hash): auto (when such a fragment names no element of the rendered page), on (also"
            + " other fragments naming no element) or off (default ${DEFAULT-VALUE}). In-page anchors never are.")
    String hashRoutes;

    @Option(names = "--no-register", description = "Do not read the statements' entries in the register at "
            + "toegankelijkheidsverklaring.nl (one request per organisation whose statement links its entry, made "
            + "without credentials, after the crawl).")
    boolean noRegister;

    @Option(names = "--contact", paramLabel = "URL", description = "A page or mailto: address where site owners "
            + "learn about the scan; added to the User-Agent.")
    String contact;

    @Option(names = "--header-file", paramLabel = "FILE", description = "Headers for pages behind a login, one per "
            + "line: HOST Name: value. Each goes to its host only. Also read from $" + HEADERS_VARIABLE + ".")
    Path headerFile;

    @Option(names = "--cookie-file", paramLabel = "FILE", description = "Cookies for pages behind a login: a "
            + "cookies.txt export, or lines HOST name=value. Each goes to its host only. Also read from $"
            + COOKIES_VARIABLE + ".")
    Path cookieFile;

    /** Which link fragments are pages of their own. */
    HashRoutes hashRoutes() {
        try {
            return HashRoutes.valueOf(hashRoutes.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, "--hash-routes '" + hashRoutes + "' is not auto, on or off");
        }
    }

    /** The User-Agent: ketenscan and its version, and the contact when one was given. */
    String userAgent() {
        if (contact == null) {
            return Crawling.USER_AGENT;
        }
        if (!CONTACT.matcher(contact).matches()) {
            throw new UserError(ExitCode.USAGE, "--contact '" + contact + "' is not an http(s) or mailto: address;"
                    + " write e.g. --contact https://www.gemeente.nl/toegankelijkheidsscan");
        }
        return Crawling.USER_AGENT.substring(0, Crawling.USER_AGENT.length() - 1) + "; +" + contact + ")";
    }

    /** The credentials of the files and of the environment together. */
    Credentials credentials(Map<String, String> environment) {
        try {
            return Credentials.parse(read(headerFile, "--header-file"), "", String.valueOf(headerFile))
                    .and(Credentials.parse("", read(cookieFile, "--cookie-file"), String.valueOf(cookieFile)))
                    .and(Credentials.parse(environment.getOrDefault(HEADERS_VARIABLE, ""), "", "$" + HEADERS_VARIABLE))
                    .and(Credentials.parse("", environment.getOrDefault(COOKIES_VARIABLE, ""), "$" + COOKIES_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }

    private static String read(Path file, String option) {
        if (file == null) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, option + " " + file + " cannot be read (" + e.getMessage()
                    + "); check the path and that it is a UTF-8 text file");
        }
    }
}
