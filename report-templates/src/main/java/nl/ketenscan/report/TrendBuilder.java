package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import nl.ketenscan.report.TrendModel.Chart;
import nl.ketenscan.report.TrendModel.Line;
import nl.ketenscan.report.TrendModel.Point;
import nl.ketenscan.report.TrendModel.Row;
import nl.ketenscan.report.TrendModel.Tick;
import nl.ketenscan.report.TrendModel.Trend;
import nl.ketenscan.rules.history.OrganisationSummary;
import nl.ketenscan.rules.history.ScanSummary;

/** Turns recorded scan summaries into one organisation's {@link Trend}: rows, and charts once there are two scans. */
final class TrendBuilder {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = WIDTH - 16;
    private static final int TOP = 16;
    private static final int BOTTOM = HEIGHT - 36;
    private static final int MAX_X_LABELS = 6;

    private final ReportText text;

    TrendBuilder(ReportText text) {
        this.text = text;
    }

    /** Empty when no recorded scan covered the organisation. */
    Optional<Trend> trend(String organisation, List<ScanSummary> history, int index) {
        List<ScanSummary> scans = new ArrayList<>();
        List<OrganisationSummary> points = new ArrayList<>();
        for (ScanSummary scan : history) {
            scan.organisations().stream().filter(o -> o.name().equals(organisation)).findFirst().ifPresent(o -> {
                scans.add(scan);
                points.add(o);
            });
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = labels(scans);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            OrganisationSummary o = points.get(i);
            rows.add(new Row(labels.get(i), scans.get(i).complete(), o.critical(), o.serious(),
                    o.moderate(), o.minor(), o.failingCriteria(), o.pagesAboveB1(), o.pagesWithText()));
        }
        if (points.size() < 2) {
            return Optional.of(new Trend(rows, List.of()));
        }
        String prefix = "trend-" + index + "-";
        List<Chart> charts = List.of(
                chart(prefix + "ernst", text.get("trend.chart.impact"), rows, List.of(
                        series("critical", text.get("impact.critical"), Row::critical),
                        series("serious", text.get("impact.serious"), Row::serious),
                        series("moderate", text.get("impact.moderate"), Row::moderate),
                        series("minor", text.get("impact.minor"), Row::minor))),
                chart(prefix + "criteria", text.get("trend.chart.criteria"), rows,
                        List.of(series("total", text.get("trend.column.failingCriteria"), Row::failingCriteria))),
                chart(prefix + "b1", text.get("trend.chart.b1"), rows,
                        List.of(series("total", text.get("trend.column.pagesAboveB1"), Row::pagesAboveB1))));
        return Optional.of(new Trend(rows, charts));
    }

    private record Series(String key, String label, ToIntFunction<Row> value) {
    }

    private static Series series(String key, String label, ToIntFunction<Row> value) {
        return new Series(key, label, value);
    }

    private Chart chart(String id, String title, List<Row> rows, List<Series> series) {
        int max = 1;
        for (Series s : series) {
            for (Row row : rows) {
                max = Math.max(max, s.value().applyAsInt(row));
            }
        }
        int top = niceCeiling(max);
        List<Line> lines = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (Series s : series) {
            List<Point> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                Point p = new Point(x(i, rows.size()), y(s.value().applyAsInt(rows.get(i)), top));
                dots.add(p);
                points.append(points.length() == 0 ? "" : " ").append(p.x()).append(',').append(p.y());
            }
            lines.add(new Line(s.key(), s.label(), points.toString(), dots));
            summaries.add(text.get("trend.summary.line", s.label(), s.value().applyAsInt(rows.get(0)),
                    s.value().applyAsInt(rows.get(rows.size() - 1))));
        }
        String summary = text.get("trend.summary", rows.size(), rows.get(0).date(), rows.get(rows.size() - 1).date())
                + " " + String.join("; ", summaries) + ".";
        List<Tick> yTicks = List.of(new Tick(y(0, top), "0"), new Tick(y(top / 2, top), Integer.toString(top / 2)),
                new Tick(y(top, top), Integer.toString(top)));
        List<Tick> xLabels = new ArrayList<>();
        int step = (int) Math.ceil(rows.size() / (double) MAX_X_LABELS);
        int last = rows.size() - 1;
        for (int i = 0; i < last; i += step) {
            // the first label starts at its point, so it is not cut off at the chart's left edge either
            xLabels.add(new Tick(x(i, rows.size()), rows.get(i).date(), i == 0 ? "start" : "middle"));
        }
        // the last scan is always labelled, ending at its point: centred, it would run past the chart's right edge
        xLabels.removeIf(tick -> x(last, rows.size()) - tick.position() < (RIGHT - LEFT) / MAX_X_LABELS);
        xLabels.add(new Tick(x(last, rows.size()), rows.get(last).date(), "end"));
        return new Chart(id, title, summary, WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, yTicks, xLabels, lines);
    }

    /**
     * Each scan's label: its day, or its day and time when another scan of the list was made on the same
     * day, so two scans of one day are told apart in the chart and the table.
     */
    private List<String> labels(List<ScanSummary> scans) {
        Map<String, Integer> perDay = new HashMap<>();
        scans.forEach(scan -> perDay.merge(text.date(scan.startedAt()), 1, Integer::sum));
        return scans.stream().map(scan -> perDay.get(text.date(scan.startedAt())) > 1
                ? text.dateTime(scan.startedAt()) : text.date(scan.startedAt())).toList();
    }

    /** An even top for the scale (2, 4, 10, 20, 50…), so the halfway tick is a whole number. */
    static int niceCeiling(int max) {
        int magnitude = 1;
        while (true) {
            for (int step : new int[] {2, 4, 10}) {
                if (max <= step * magnitude) {
                    return step * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    private static int x(int index, int count) {
        return LEFT + (RIGHT - LEFT) * index / Math.max(count - 1, 1);
    }

    private static int y(int value, int top) {
        return BOTTOM - (BOTTOM - TOP) * value / top;
    }
}
