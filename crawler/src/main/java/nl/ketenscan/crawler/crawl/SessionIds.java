package nl.ketenscan.crawler.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes session ids from addresses. A server that puts the visitor's session in its links gives
 * every page a new address on every visit, so a crawler would never see a page twice; the page
 * without the id is the same page.
 *
 * <p>Always removed: {@code ;jsessionid=} in the path, and the query parameters {@code jsessionid},
 * {@code phpsessid}, {@code aspsessionid…}, {@code oscsid} and {@code zenid}. The generic names
 * {@code sid}, {@code sessionid}, {@code session_id} and {@code sessid} are removed only with a
 * value that looks like a token (16 or more letters, digits, dashes or underscores), because a short
 * {@code sid} may be a real parameter.
 */
final class SessionIds {

    private static final Pattern PATH_SESSION = Pattern.compile("(?i);jsessionid=[^/;]*");
    private static final Set<String> ALWAYS = Set.of("jsessionid", "phpsessid", "oscsid", "zenid");
    private static final Set<String> WHEN_TOKEN = Set.of("sid", "sessionid", "session_id", "sessid");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private SessionIds() {
    }

    static String removeFromPath(String path) {
        return path.indexOf(';') < 0 ? path : PATH_SESSION.matcher(path).replaceAll("");
    }

    /** The query without session parameters; empty when nothing else was in it. */
    static Optional<String> removeFromQuery(String query) {
        if (query.isEmpty()) {
            return Optional.of(query);
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&", -1)) {
            if (!isSessionId(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("&", kept));
    }

    private static boolean isSessionId(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0) {
            return false;
        }
        String name = parameter.substring(0, equals).toLowerCase(Locale.ROOT);
        return ALWAYS.contains(name) || name.startsWith("aspsessionid")
                || WHEN_TOKEN.contains(name) && TOKEN.matcher(parameter.substring(equals + 1)).matches();
    }
}
