package nl.ketenscan.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a rule must find on one fixture page: the CSS selectors of the elements it fails and of those
 * it asks a person to review, as {@code {"failed": [...], "needs-review": [...]}}; {@code {}} expects
 * nothing. An empty selector stands for a finding about the whole page, without an element.
 */
record ExpectedFindings(Map<Outcome, List<String>> selectors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    ExpectedFindings {
        selectors = Map.copyOf(selectors);
    }

    boolean none() {
        return selectors.values().stream().allMatch(List::isEmpty);
    }

    /** A rule's {@code expected.json}: per page file name, what the rule must find there. */
    static Map<String, ExpectedFindings> readFile(Path file) {
        try {
            return perKey(JSON.readTree(file.toFile()), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An object of {@code {"<key>": {"failed": [...], "needs-review": [...]}}}, keys in the file's order. */
    static Map<String, ExpectedFindings> perKey(JsonNode object, String where) {
        if (!object.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object of pages");
        }
        Map<String, ExpectedFindings> expected = new LinkedHashMap<>();
        object.properties().forEach(page -> expected.put(page.getKey(), of(page.getValue(), where + " " + page.getKey())));
        return expected;
    }

    private static ExpectedFindings of(JsonNode page, String where) {
        Map<Outcome, List<String>> selectors = new EnumMap<>(Outcome.class);
        for (Map.Entry<String, JsonNode> field : page.properties()) {
            String name = field.getKey();
            Outcome outcome;
            try {
                outcome = Outcome.fromId(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": \"" + name + "\" is no outcome; use failed or needs-review", e);
            }
            List<String> list = new ArrayList<>();
            field.getValue().forEach(selector -> list.add(selector.asText()));
            selectors.put(outcome, list);
        }
        return new ExpectedFindings(selectors);
    }
}
