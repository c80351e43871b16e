package nl.ketenscan.rules.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated text into records as RFC 4180 writes them: a field in double quotes may
 * hold commas, line breaks and doubled quotes. Enough for the catalogue's own resource file; not a
 * general CSV library.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * The records of {@code text}, each a list of fields; blank lines are skipped.
     *
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                endRecord(records, fields, field);
                fields = new ArrayList<>();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed before the end of the text");
        }
        endRecord(records, fields, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field) {
        if (fields.isEmpty() && field.length() == 0) {
            return;
        }
        fields.add(field.toString());
        records.add(List.copyOf(fields));
    }
}
