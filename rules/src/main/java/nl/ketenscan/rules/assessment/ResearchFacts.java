package nl.ketenscan.rules.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Technology;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * What digitoegankelijk.nl asks a research report to name, filled in for an automated scan of one
 * organisation: who and what was examined, when, against which norm, how (tool, axe-core and browser
 * versions), the pages and the sample, the technologies the pages rely upon, and the result per
 * criterion as totals. It supports no status: an automated scan is no WCAG-EM audit, and the report
 * says so beside these facts.
 *
 * @param client         the organisation whose website was scanned
 * @param date           the day the scan started; null when the store lost it
 * @param toolVersion    ketenscan's version
 * @param axeVersion     axe-core's version, or why it did not run
 * @param browserVersion the browser that checked the pages; null in static mode or when not recorded
 * @param pages          the pages scanned
 * @param samplePages    the pages of the WCAG-EM sample proposed to an auditor
 * @param technologies   the technologies the pages rely upon, in {@link Technology} order
 * @param verdicts       how many criteria have each verdict
 * @param criteria       how many criteria the norm has (50 for WCAG 2.1 A and AA)
 */
public record ResearchFacts(String client, LocalDate date, String toolVersion, String axeVersion,
                            String browserVersion, int pages, int samplePages, Set<Technology> technologies,
                            Map<Verdict, Integer> verdicts, int criteria) {

    public ResearchFacts {
        technologies = technologies.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(technologies));
        verdicts = Map.copyOf(verdicts);
    }

    /** The facts of one organisation's assessment in the scan it belongs to. */
    public static ResearchFacts of(OrganisationAssessment assessment, ScanMetadata scan) {
        Set<Technology> technologies = EnumSet.noneOf(Technology.class);
        for (PageResult page : assessment.pages()) {
            technologies.addAll(page.facts().technologies());
            if (page.contentType() != null && page.contentType().toLowerCase(Locale.ROOT)
                    .startsWith("application/pdf") && page.httpStatus() < 400) {
                technologies.add(Technology.PDF);
            }
        }
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, assessment.counts().criteria(verdict));
        }
        return new ResearchFacts(assessment.name(),
                scan.startedAt() == null ? null : LocalDate.ofInstant(scan.startedAt(), ScanMetadata.ZONE),
                scan.toolVersion(), scan.axeVersion(), scan.browserVersion(), assessment.counts().pages(),
                assessment.sample().all().size(), technologies, verdicts, assessment.verdicts().size());
    }

    /** How many criteria have the verdict. */
    public int criteria(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0);
    }

    /**
     * The most criteria the site can meet: all but those the scan proved failing. Whether it meets
     * them only a person can establish, so a report writes "at most".
     */
    public int atMostMet() {
        return criteria - criteria(Verdict.FAILS);
    }

    /** The technologies in their order. */
    public List<Technology> technologyList() {
        return List.copyOf(technologies);
    }
}
