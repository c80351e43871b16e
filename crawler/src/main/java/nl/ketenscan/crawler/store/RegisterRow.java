package nl.ketenscan.crawler.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * A {@link RegisterEntry} as the one text the meta table keeps for it: lines of address, status
 * letter, date, research dates (space-separated) and the problem as a {@link MessageColumn}, each
 * line empty when there is nothing.
 */
final class RegisterRow {

    private RegisterRow() {
    }

    static String write(RegisterEntry entry) {
        StringBuilder dates = new StringBuilder();
        entry.researchDates().forEach(d -> dates.append(dates.isEmpty() ? "" : " ").append(d));
        String problem = entry.problem() == null ? null : MessageColumn.write(List.of(entry.problem()));
        return String.join("\n", entry.url().replace('\n', ' '),
                entry.status() == null ? "" : entry.status().name(),
                entry.date() == null ? "" : entry.date().toString(), dates, problem == null ? "" : problem);
    }

    static RegisterEntry read(String text) {
        String[] lines = text.split("\n", 5);
        if (lines.length < 5) {
            throw new IllegalStateException("the scan store holds a register entry it cannot read; "
                    + "the file was changed by something other than ketenscan");
        }
        List<LocalDate> research = new ArrayList<>();
        for (String date : lines[3].split(" ")) {
            if (!date.isEmpty()) {
                research.add(LocalDate.parse(date));
            }
        }
        return new RegisterEntry(lines[0], lines[1].isEmpty() ? null : StatementStatus.fromLetter(lines[1]).orElseThrow(),
                lines[2].isEmpty() ? null : LocalDate.parse(lines[2]), research,
                lines[4].isEmpty() ? null : MessageColumn.read(lines[4]).get(0));
    }
}
