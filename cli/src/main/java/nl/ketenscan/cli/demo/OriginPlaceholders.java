package nl.ketenscan.cli.demo;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in {@code {{origin:<key>}}} with the origin a demo site got at run time. The sites listen on
 * ports chosen by the operating system, so links between them, robots.txt and sitemap.xml cannot
 * hold a fixed address. A placeholder for an unknown key is left as it is, which shows up as a
 * broken link rather than a silently wrong one.
 */
record OriginPlaceholders(Map<String, String> originsByKey) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{origin:([a-z]+)}}");

    OriginPlaceholders {
        originsByKey = Map.copyOf(originsByKey);
    }

    String fill(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String origin = originsByKey.get(match.group(1));
            return Matcher.quoteReplacement(origin != null ? origin : match.group());
        });
    }
}
