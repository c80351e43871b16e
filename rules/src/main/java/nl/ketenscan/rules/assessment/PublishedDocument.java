package nl.ketenscan.rules.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;
import nl.ketenscan.rules.statement.Deviations;

/**
 * An office file (PDF, Word…) the scan found on the organisation's site, whether the Besluit exempts
 * it and what its check found. A file that could not be fetched or read is listed too, with its
 * error: it is published all the same, and without its date nobody can say it is exempt.
 *
 * @param bytes     its size as fetched; null when unknown (not fetched, or stored by an older ketenscan)
 * @param created   the creation date in its metadata; null when unknown
 * @param exemption the exemption that applies; null when none does or the date is unknown
 * @param error     why it could not be fetched or read; null when it was
 * @param verdict   what the scan can say of it: never "no failures" for a file it did not check
 * @param criteria  its findings per criterion, in criterion order
 */
public record PublishedDocument(String url, DocumentKind kind, String contentType, Long bytes, LocalDate created,
                                Exemption exemption, List<Message> error, List<Finding> findings,
                                DocumentVerdict verdict, List<DocumentCriterion> criteria) {

    public PublishedDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        criteria = List.copyOf(criteria);
    }

    /**
     * How many of a document's findings speak to one criterion.
     *
     * @param failed proven failures
     * @param review findings a person must judge
     */
    public record DocumentCriterion(String criterion, int failed, int review) {
    }

    /** The office files among the pages, in scan order. */
    static List<PublishedDocument> of(List<PageResult> pages) {
        List<PublishedDocument> documents = new ArrayList<>();
        for (PageResult page : pages) {
            Optional<DocumentKind> kind = DocumentKind.of(page.contentType());
            if (kind.isPresent()) {
                LocalDate created = page.facts().documentCreated();
                Exemption exemption = Exemption.forDocument(created).orElse(null);
                documents.add(new PublishedDocument(page.url(), kind.get(), page.contentType(),
                        page.facts().documentBytes(), created, exemption, page.error(), page.findings(),
                        DocumentVerdict.of(page, exemption), criteria(page.findings())));
            }
        }
        return documents;
    }

    private static List<DocumentCriterion> criteria(List<Finding> findings) {
        SortedMap<String, int[]> counts = new TreeMap<>(Deviations.CRITERION_ORDER);
        for (Finding finding : findings) {
            for (String criterion : finding.criteria()) {
                counts.computeIfAbsent(criterion, c -> new int[2])[finding.outcome() == Outcome.FAILED ? 0 : 1]++;
            }
        }
        List<DocumentCriterion> criteria = new ArrayList<>();
        counts.forEach((criterion, count) -> criteria.add(new DocumentCriterion(criterion, count[0], count[1])));
        return criteria;
    }
}
