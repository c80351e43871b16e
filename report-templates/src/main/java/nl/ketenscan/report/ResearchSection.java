package nl.ketenscan.report;

import java.util.Arrays;
import java.util.List;

import nl.ketenscan.report.ReportModel.VerdictCount;
import nl.ketenscan.rules.Technology;
import nl.ketenscan.rules.assessment.ResearchFacts;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * The organisation page's research-report section: what digitoegankelijk.nl asks a research report to
 * name, for an automated scan, as the report writes it. Public for FreeMarker; the report's own.
 *
 * @param date           the day of the scan as the report writes it; nullable
 * @param browserVersion the browser that checked the pages; null in static mode or when not recorded
 * @param technologies   the technologies' names, e.g. {@code WAI-ARIA}
 * @param verdicts       how many criteria have each verdict, in the matrix's order
 */
public record ResearchSection(String client, String date, String toolVersion, String axeVersion,
                              String browserVersion, int pages, int samplePages, List<String> technologies,
                              List<VerdictCount> verdicts, int criteria, int failing, int atMostMet) {

    static ResearchSection of(ResearchFacts facts, ReportText text) {
        return new ResearchSection(facts.client(), facts.date() == null ? null : text.date(facts.date()),
                facts.toolVersion(), facts.axeVersion(), facts.browserVersion(), facts.pages(), facts.samplePages(),
                facts.technologyList().stream().map(Technology::label).toList(),
                Arrays.stream(Verdict.values()).map(v -> new VerdictCount(v.id(), facts.criteria(v))).toList(),
                facts.criteria(), facts.criteria(Verdict.FAILS), facts.atMostMet());
    }
}
