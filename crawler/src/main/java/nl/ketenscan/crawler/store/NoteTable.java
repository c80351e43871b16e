package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.ScanNote;

/**
 * The scan's notes for its readers, each once: a resumed scan that notes the same thing again
 * does not repeat it. A note of the whole scan has no organisation. Its message is kept as a
 * {@link MessageColumn}, so the report words it in its own language.
 */
final class NoteTable {

    private final Connection connection;

    NoteTable(Connection connection) {
        this.connection = connection;
    }

    /** @param org the organisation's index, or {@link ScanStore#WHOLE_SCAN} */
    void add(int org, Message message) throws SQLException {
        String column = MessageColumn.write(List.of(message));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO note (organisation, message) SELECT ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM note WHERE organisation IS ? AND message = ?)")) {
            for (int i : new int[] {1, 3}) {
                if (org == ScanStore.WHOLE_SCAN) {
                    insert.setNull(i, Types.INTEGER);
                } else {
                    insert.setInt(i, org);
                }
                insert.setString(i + 1, column);
            }
            insert.executeUpdate();
        }
    }

    /** @param organisationName the name of the organisation with an index */
    List<ScanNote> read(IntFunction<String> organisationName) throws SQLException {
        List<ScanNote> notes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT organisation, message FROM note ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int org = rows.getInt(1);
                notes.add(new ScanNote(rows.wasNull() ? null : organisationName.apply(org),
                        MessageColumn.read(rows.getString(2)).get(0)));
            }
        }
        return notes;
    }
}
