package nl.ketenscan.cli.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request path that is safe to look up under a site's resource folder.
 *
 * <p>Every segment is percent-decoded once and must then be a plain file or folder name: letters,
 * digits, dot, dash and underscore, not starting with a dot and without "..". That rules out
 * {@code ..} and its encoded forms ({@code %2e%2e}, {@code ..%2f}, double encoding such as
 * {@code %252e}), backslashes, NUL bytes and empty segments, so no request can reach outside the
 * folder, not even another demo site's folder.
 *
 * @param segments the decoded segments, empty for the site root
 * @param folder   whether the path ended with a slash (or was the root), meaning its index.html
 */
record ResourcePath(List<String> segments, boolean folder) {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    ResourcePath {
        segments = List.copyOf(segments);
    }

    /** Parses the raw (still encoded) path of a request; empty if it is not a safe path. */
    static Optional<ResourcePath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        boolean folder = parts[parts.length - 1].isEmpty();
        int count = folder ? parts.length - 1 : parts.length;
        List<String> segments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<String> segment = decode(parts[i]).filter(ResourcePath::isSafe);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(new ResourcePath(segments, folder));
    }

    /** The name of the file to serve, relative to the site's resource folder. */
    String fileName() {
        String joined = String.join("/", segments);
        if (!folder) {
            return joined;
        }
        return joined.isEmpty() ? "index.html" : joined + "/index.html";
    }

    /** The same path as a folder: what a request without its trailing slash most likely meant. */
    ResourcePath asFolder() {
        return new ResourcePath(segments, true);
    }

    private static Optional<String> decode(String segment) {
        try {
            return Optional.of(URLDecoder.decode(segment, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
    }

    private static boolean isSafe(String segment) {
        return SAFE_SEGMENT.matcher(segment).matches() && !segment.contains("..");
    }
}
