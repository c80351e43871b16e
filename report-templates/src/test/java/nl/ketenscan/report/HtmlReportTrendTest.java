package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.history.OrganisationSummary;
import nl.ketenscan.rules.history.ScanSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTrendTest {

    private static final String GEMEENTE_FILE = "organisatie-gemeente-voorbeeldstad.html";
    private static final String BIBLIOTHEEK_FILE = "organisatie-bibliotheek-aan-de-rivier.html";

    @TempDir
    Path dir;

    @Test
    void threeRecordedScansGiveChartsWithANameADescriptionAndTheNumbersAsATable() throws IOException {
        List<ScanSummary> history = List.of(
                scan("2025-01-12T09:00:00Z", true, gemeente(5, 4, 2, 1, 9, 3)),
                scan("2025-02-12T09:00:00Z", false, gemeente(3, 4, 2, 0, 8, 2)),
                scan("2025-03-12T09:00:00Z", true, gemeente(1, 2, 2, 0, 5, 1)));

        Document page = write(history, GEMEENTE_FILE);

        Element trend = page.getElementById("trend").parent();
        List<Element> charts = trend.select("svg[role=img]");
        assertEquals(3, charts.size());
        for (Element chart : charts) {
            Element name = page.getElementById(chart.attr("aria-labelledby"));
            assertNotNull(name);
            assertFalse(name.text().isBlank());
            assertNotNull(page.getElementById(chart.attr("aria-describedby")));
        }
        Element impact = charts.get(0);
        assertEquals(4, impact.select("polyline").size(), "critical, serious, moderate, minor");
        assertEquals(3, impact.selectFirst("polyline.line-critical").attr("points").split(" ").length);
        assertTrue(impact.selectFirst("desc").text().contains("Kritiek van 5 naar 1"), impact.selectFirst("desc").text());
        assertEquals(4, trend.select("ul.legend li").size());
        Element table = trend.selectFirst("table.trend-table");
        assertEquals(3, table.select("tbody tr").size());
        assertEquals(List.of("5", "4", "2", "1", "9", "3", "12"), table.select("tbody tr").get(0).select("td").eachText());
        assertTrue(table.select("tbody tr").get(1).selectFirst("th").text().endsWith("(onvolledig)"));
        assertNotNull(page.selectFirst("nav.toc a[href=#trend]"));
    }

    @Test
    void chartsPlotHigherValuesHigherOnTheirScale() throws IOException {
        Document page = write(List.of(scan("2025-01-12T09:00:00Z", true, gemeente(8, 0, 0, 0, 0, 0)),
                scan("2025-02-12T09:00:00Z", true, gemeente(2, 0, 0, 0, 0, 0))), GEMEENTE_FILE);

        String[] points = page.selectFirst("polyline.line-critical").attr("points").split(" ");
        int first = Integer.parseInt(points[0].split(",")[1]);
        int second = Integer.parseInt(points[1].split(",")[1]);
        assertTrue(first < second, "8 is drawn above 2 (SVG y grows downwards): " + first + " vs " + second);
        assertEquals(10, TrendBuilder.niceCeiling(8));
        assertEquals(2, TrendBuilder.niceCeiling(1));
        assertEquals(40, TrendBuilder.niceCeiling(21));
    }

    @Test
    void theLastDateEndsAtItsPointInsideTheChartAndTwoScansOfOneDayAreToldApart() throws IOException {
        Document page = write(List.of(scan("2025-01-12T09:00:00Z", true, gemeente(8, 0, 0, 0, 0, 0)),
                scan("2025-02-12T09:00:00Z", true, gemeente(6, 0, 0, 0, 0, 0)),
                scan("2025-03-12T09:00:00Z", true, gemeente(4, 0, 0, 0, 0, 0)),
                scan("2025-03-12T14:30:00Z", true, gemeente(2, 0, 0, 0, 0, 0))), GEMEENTE_FILE);

        Element chart = page.selectFirst("figure.trend-chart svg");
        List<Element> labels = chart.select("text.tick[text-anchor=start], text.tick[text-anchor=middle],"
                + " text.tick[text-anchor=end]").stream().filter(e -> e.attr("y").equals(
                        chart.select("text.tick").last().attr("y"))).toList();
        Element last = labels.get(labels.size() - 1);
        assertEquals("end", last.attr("text-anchor"), "the last label ends at its point, inside the chart");
        assertEquals("start", labels.get(0).attr("text-anchor"));
        List<String> rows = page.select("table.trend-table tbody th").eachText();
        assertEquals(4, rows.stream().distinct().count(), "two scans of 12 March have distinct labels: " + rows);
        assertEquals(rows.get(3), last.text());
    }

    @Test
    void oneRecordedScanShowsItsNumbersAndSaysTheTrendComesLater() throws IOException {
        Document page = write(List.of(scan("2025-03-12T09:00:00Z", true, gemeente(1, 2, 2, 0, 5, 1))), GEMEENTE_FILE);

        Element trend = page.getElementById("trend").parent();
        assertTrue(trend.select("svg").isEmpty());
        assertTrue(trend.text().contains("vanaf de tweede scan"));
        assertEquals(1, trend.select("table.trend-table tbody tr").size());
    }

    @Test
    void organisationsWithoutRecordedScansAndReportsWithoutHistoryHaveNoTrend() throws IOException {
        List<ScanSummary> history = List.of(scan("2025-03-12T09:00:00Z", true, gemeente(1, 2, 2, 0, 5, 1)));

        assertNull(write(history, BIBLIOTHEEK_FILE).getElementById("trend"));
        HtmlReport.write(ChainAssessment.of(SampleScans.chain(true)), dir);
        assertNull(Jsoup.parse(dir.resolve(GEMEENTE_FILE).toFile(), "UTF-8").getElementById("trend"));
    }

    private Document write(List<ScanSummary> history, String file) throws IOException {
        ScanResults results = SampleScans.chain(true);
        HtmlReport.write(ChainAssessment.of(results), dir, ReportText.DUTCH, history);
        return Jsoup.parse(dir.resolve(file).toFile(), "UTF-8");
    }

    private static ScanSummary scan(String startedAt, boolean complete, OrganisationSummary organisation) {
        return new ScanSummary("scan-" + startedAt, Instant.parse(startedAt), "0.1.0", complete, List.of(organisation));
    }

    private static OrganisationSummary gemeente(int critical, int serious, int moderate, int minor, int criteria, int aboveB1) {
        return new OrganisationSummary(SampleScans.GEMEENTE, 20, 0, critical, serious, moderate, minor, criteria, 12, aboveB1);
    }
}
