package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as a spreadsheet does (RFC 4180 with CRLF line ends; quoted fields may hold the
 * separator, quotes and line breaks), so tests check what users see, not the bytes.
 */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * @param csv without its byte order mark
     * @throws AssertionError when the last row does not end with a line end
     */
    static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() + row.size() != 0) {
            throw new AssertionError("the file does not end with a line end");
        }
        return rows;
    }
}
