package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;

/**
 * The organisations of the scan, by their index in the configured order: a resumed scan must crawl
 * with exactly the scope it started with, whatever the configuration file says by then.
 * Patterns keep their flags, so a case-insensitive exclude stays case-insensitive.
 */
final class OrganisationTable {

    private static final String SEED = "seed";
    private static final String EXTRA_HOST = "extra-host";
    private static final String INCLUDE = "include";
    private static final String EXCLUDE = "exclude";

    private final Connection connection;

    OrganisationTable(Connection connection) {
        this.connection = connection;
    }

    void insert(List<Organisation> organisations) throws SQLException {
        try (PreparedStatement organisation = connection.prepareStatement(
                     "INSERT INTO organisation (id, name, role) VALUES (?, ?, ?)");
             PreparedStatement value = connection.prepareStatement(
                     "INSERT INTO organisation_value (organisation, kind, position, value, flags) VALUES (?, ?, ?, ?, ?)")) {
            for (int index = 0; index < organisations.size(); index++) {
                Organisation org = organisations.get(index);
                organisation.setInt(1, index);
                organisation.setString(2, org.name());
                organisation.setString(3, org.role().id());
                organisation.executeUpdate();
                addTexts(value, index, SEED, org.seeds());
                addTexts(value, index, EXTRA_HOST, List.copyOf(org.extraHosts()));
                addPatterns(value, index, INCLUDE, org.include());
                addPatterns(value, index, EXCLUDE, org.exclude());
            }
            value.executeBatch();
        }
    }

    List<Organisation> read() throws SQLException {
        Map<Integer, Map<String, List<String>>> texts = new HashMap<>();
        Map<Integer, Map<String, List<Pattern>>> patterns = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT organisation, kind, value, flags FROM organisation_value ORDER BY organisation, kind, position")) {
            while (rows.next()) {
                int org = rows.getInt(1);
                String kind = rows.getString(2);
                if (kind.equals(INCLUDE) || kind.equals(EXCLUDE)) {
                    patterns.computeIfAbsent(org, k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
                            .add(Pattern.compile(rows.getString(3), rows.getInt(4)));
                } else {
                    texts.computeIfAbsent(org, k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
                            .add(rows.getString(3));
                }
            }
        }
        List<Organisation> organisations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name, role FROM organisation ORDER BY id")) {
            while (rows.next()) {
                int id = rows.getInt(1);
                Map<String, List<String>> textsOf = texts.getOrDefault(id, Map.of());
                Map<String, List<Pattern>> patternsOf = patterns.getOrDefault(id, Map.of());
                organisations.add(new Organisation(rows.getString(2), Role.fromId(rows.getString(3)),
                        textsOf.getOrDefault(SEED, List.of()),
                        Set.copyOf(textsOf.getOrDefault(EXTRA_HOST, List.of())),
                        patternsOf.getOrDefault(INCLUDE, List.of()),
                        patternsOf.getOrDefault(EXCLUDE, List.of())));
            }
        }
        return organisations;
    }

    private static void addTexts(PreparedStatement value, int org, String kind, List<String> texts)
            throws SQLException {
        for (int position = 0; position < texts.size(); position++) {
            addValue(value, org, kind, position, texts.get(position), 0);
        }
    }

    private static void addPatterns(PreparedStatement value, int org, String kind, List<Pattern> patterns)
            throws SQLException {
        for (int position = 0; position < patterns.size(); position++) {
            Pattern pattern = patterns.get(position);
            addValue(value, org, kind, position, pattern.pattern(), pattern.flags());
        }
    }

    private static void addValue(PreparedStatement value, int org, String kind, int position, String text, int flags)
            throws SQLException {
        value.setInt(1, org);
        value.setString(2, kind);
        value.setInt(3, position);
        value.setString(4, text);
        value.setInt(5, flags);
        value.addBatch();
    }
}
