package nl.ketenscan.report;

import java.util.List;

/**
 * What the trend section of an organisation's page shows: small line charts drawn as inline SVG, and
 * the same numbers as a table, which is the charts' text alternative. Coordinates are computed here
 * so the template only lays out. Public records of a package-private class, as in {@link ReportModel}.
 */
final class TrendModel {

    private TrendModel() {
    }

    /**
     * @param rows   one per recorded scan of the organisation, oldest first
     * @param charts empty when there is only one scan: a trend needs two points
     */
    public record Trend(List<Row> rows, List<Chart> charts) {
    }

    /** @param date the scan's start as the report shows dates */
    public record Row(String date, boolean complete, int critical, int serious, int moderate, int minor,
                      int failingCriteria, int pagesAboveB1, int pagesWithText) {
    }

    /**
     * One chart.
     *
     * @param id      unique on the page, for the title and description ids
     * @param summary the chart in words: first and last value of each line, read out as the image's description
     */
    public record Chart(String id, String title, String summary, int width, int height, int plotLeft, int plotRight,
                        int plotTop, int plotBottom, List<Tick> yTicks, List<Tick> xLabels, List<Line> lines) {
    }

    /** @param position the x or y coordinate of the tick */
    public record Tick(int position, String label, String anchor) {

        /** A tick whose label is centred on its position. */
        public Tick(int position, String label) {
            this(position, label, "middle");
        }
    }

    /**
     * @param key    the line's style: {@code critical}, {@code serious}, {@code moderate}, {@code minor} or {@code total}
     * @param points the SVG polyline points, "x,y x,y …"
     */
    public record Line(String key, String label, String points, List<Point> dots) {
    }

    public record Point(int x, int y) {
    }
}
